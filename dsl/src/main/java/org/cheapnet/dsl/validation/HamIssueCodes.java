package org.cheapnet.dsl.validation;

/**
 * Every diagnostic of the .ham language carries one of these codes; quick fixes and tests key on
 * them. Issue data, where given, is what a quick fix needs (noted per code).
 */
public interface HamIssueCodes {
	String PREFIX = "org.cheapnet.ham.";

	// syntax and names
	String SYNTAX_ERROR = PREFIX + "SyntaxError";
	/** Brackets and prefix operators nested deeper than the parser's limit (NestingLimitLexer.MAX_NESTING). */
	String NESTING_TOO_DEEP = PREFIX + "NestingTooDeep";
	String UNKNOWN_NAME = PREFIX + "UnknownName";
	String DUPLICATE_NAME = PREFIX + "DuplicateName";

	// declarations
	String UNKNOWN_LATTICE_SHAPE = PREFIX + "UnknownLatticeShape";
	String LATTICE_ARITY = PREFIX + "LatticeArity";
	String LATTICE_SIZE = PREFIX + "LatticeSize";
	String VECTOR_SIZE = PREFIX + "VectorSize";
	String EMPTY_RANGE = PREFIX + "EmptyRange";
	String RANGE_ON_DISCRETE = PREFIX + "RangeOnDiscrete";
	String NOT_CONSTANT = PREFIX + "NotConstant";
	String PARAM_CYCLE = PREFIX + "ParamCycle";
	String LET_CYCLE = PREFIX + "LetCycle";

	// expressions
	String NON_POLYNOMIAL = PREFIX + "NonPolynomial";
	String NEGATIVE_EXPONENT = PREFIX + "NegativeExponent";
	String NON_INTEGER_EXPONENT = PREFIX + "NonIntegerExponent";
	String DIVISION_BY_ZERO = PREFIX + "DivisionByZero";
	String INDEX_OUT_OF_RANGE = PREFIX + "IndexOutOfRange";
	String WRONG_DIMENSION = PREFIX + "WrongDimension";
	String MISSING_INDEX = PREFIX + "MissingIndex";
	String UNEXPECTED_INDEX = PREFIX + "UnexpectedIndex";
	String NOT_AN_INTEGER = PREFIX + "NotAnInteger";
	String SITE_AS_VALUE = PREFIX + "SiteAsValue";
	String LATTICE_AS_VALUE = PREFIX + "LatticeAsValue";
	String NOT_A_DOMAIN = PREFIX + "NotADomain";
	String SITE_OUTSIDE_LATTICE = PREFIX + "SiteOutsideLattice";
	String LIMIT_EXCEEDED = PREFIX + "LimitExceeded";

	// annotations
	String UNKNOWN_ANNOTATION = PREFIX + "UnknownAnnotation";
	String DUPLICATE_ANNOTATION = PREFIX + "DuplicateAnnotation";
	String TOLERANCE_NOT_POSITIVE = PREFIX + "ToleranceNotPositive";
	String DEPTH_BELOW_ONE = PREFIX + "DepthBelowOne";
	String LOCAL_RADIUS = PREFIX + "LocalRadius";
	String UNKNOWN_ACTIVATION = PREFIX + "UnknownActivation";
	String UNKNOWN_SYMMETRY = PREFIX + "UnknownSymmetry";
	/** Data: the radius the terms need. */
	String LOCALITY_VIOLATED = PREFIX + "LocalityViolated";
	/** Data: the symmetry's name. */
	String SYMMETRY_VIOLATED = PREFIX + "SymmetryViolated";
	/** Data: the symmetry's name. */
	String SYMMETRY_NOT_APPLICABLE = PREFIX + "SymmetryNotApplicable";
	/** Info. Data: the radius. */
	String UNDECLARED_LOCALITY = PREFIX + "UndeclaredLocality";
	/** Info. Data: the symmetry's name. */
	String UNDECLARED_SYMMETRY = PREFIX + "UndeclaredSymmetry";

	// classifiers
	String CLASSES_READ_DIFFERENT_VARIABLES = PREFIX + "ClassesReadDifferentVariables";
	String PRIOR_NOT_POSITIVE = PREFIX + "PriorNotPositive";
	/** Warning. Data: the renormalized priors, in class order. */
	String PRIORS_NOT_NORMALIZED = PREFIX + "PriorsNotNormalized";
	String EXACT_TOO_MANY_STATES = PREFIX + "ExactTooManyStates";
	String EXACT_NEEDS_DISCRETE = PREFIX + "ExactNeedsDiscrete";
	String GAUSSIAN_NOT_QUADRATIC = PREFIX + "GaussianNotQuadratic";
	String GAUSSIAN_NOT_DEFINITE = PREFIX + "GaussianNotDefinite";
	String GAUSSIAN_NEEDS_REAL = PREFIX + "GaussianNeedsReal";
	String EMPTY_CLASSIFIER = PREFIX + "EmptyClassifier";

	// compilation (after validation)
	/** The network's measured error exceeds @tolerance; the message gives the worst point. */
	String VERIFICATION_FAILED = PREFIX + "VerificationFailed";
	/** No network meets the annotations (e.g. @depth). */
	String NETWORK_UNSUPPORTED = PREFIX + "NetworkUnsupported";

	// command line
	String IO_ERROR = PREFIX + "IoError";
	/** hamc export: the network's dense weight matrices pass the export limit. */
	String EXPORT_TOO_LARGE = PREFIX + "ExportTooLarge";
	/** hamc export --float: the smooth gates' float32 rounding may exceed @tolerance. */
	String FLOAT32_IMPRECISE = PREFIX + "Float32Imprecise";
	/** A bug in the compiler, reported as a diagnostic rather than a stack trace. */
	String INTERNAL_ERROR = PREFIX + "InternalError";
}
