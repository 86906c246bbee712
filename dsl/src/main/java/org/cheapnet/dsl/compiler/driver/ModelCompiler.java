package org.cheapnet.dsl.compiler.driver;

import static org.cheapnet.dsl.validation.HamIssueCodes.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.cheapnet.dsl.compiler.lower.LoweredHamiltonian;
import org.cheapnet.dsl.compiler.lower.LoweredModel;
import org.cheapnet.dsl.compiler.network.CompiledNetwork;
import org.cheapnet.dsl.compiler.network.NetworkCompilation;
import org.cheapnet.dsl.compiler.network.NetworkCompiler;
import org.cheapnet.dsl.compiler.network.NetworkOptions;
import org.cheapnet.dsl.compiler.network.NetworkVerifier;
import org.cheapnet.dsl.compiler.network.Verification;
import org.cheapnet.dsl.compiler.plan.Plan;
import org.cheapnet.dsl.compiler.plan.Planner;
import org.cheapnet.dsl.compiler.plan.choice.Candidate;
import org.cheapnet.dsl.compiler.plan.choice.Constructions;
import org.cheapnet.dsl.compiler.plan.choice.PlanChoice;
import org.cheapnet.dsl.compiler.plan.choice.PlanLimits;
import org.cheapnet.dsl.compiler.plan.choice.PlanSelector;
import org.cheapnet.dsl.compiler.analysis.Locality;
import org.cheapnet.dsl.ham.LocalAnnotation;
import org.cheapnet.dsl.compiler.poly.PolynomialFormat;
import org.cheapnet.dsl.compiler.poly.Polynomial;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.dsl.compiler.symmetry.CellCompiler;
import org.cheapnet.dsl.compiler.symmetry.CellNetwork;
import org.cheapnet.dsl.compiler.symmetry.TranslationTemplates;
import org.cheapnet.dsl.ham.ActivationAnnotation;
import org.cheapnet.dsl.lang.Activations;
import org.cheapnet.dsl.lang.GaussianForm;
import org.cheapnet.dsl.ham.Annotation;
import org.cheapnet.dsl.ham.ClassDecl;
import org.cheapnet.dsl.ham.Classifier;
import org.cheapnet.dsl.ham.DepthAnnotation;
import org.cheapnet.dsl.ham.HamFile;
import org.cheapnet.dsl.ham.Hamiltonian;
import org.cheapnet.dsl.ham.Model;
import org.cheapnet.dsl.ham.Normalization;
import org.cheapnet.dsl.ham.SymmetricAnnotation;
import org.cheapnet.dsl.ham.ToleranceAnnotation;
import org.cheapnet.runtime.Activation;
import org.eclipse.emf.ecore.EObject;

/**
 * The driver: runs plan, build and verify on every hamiltonian and classifier of a validated
 * model, times each pass, and turns every failure into a {@link CompilationProblem}; it never
 * throws on user input. Lowering (and validation) happened before: the caller passes its result.
 */
public final class ModelCompiler {
    private static final PlanSelector SELECTOR = Constructions.selector();
    /** The greedy planner alone (with the lower bound): the whole-lattice plan of a model compiled per cell. */
    private static final PlanSelector GREEDY = new PlanSelector(List.of());
    private final Model model;
    private final LoweredModel lowered;
    private final List<CompilationProblem> problems = new ArrayList<>();

    private ModelCompiler(Model model, LoweredModel lowered) {
        this.model = model;
        this.lowered = lowered;
    }

    public static ModelCompilation compile(Model model, LoweredModel lowered) {
        return new ModelCompiler(model, lowered).run();
    }

    private ModelCompilation run() {
        List<HamiltonianCompilation> hamiltonians = new ArrayList<>();
        List<ClassifierCompilation> classifiers = new ArrayList<>();
        for (EObject declaration : model.getDeclarations()) {
            try {
                if (declaration instanceof Hamiltonian h && lowered.hamiltonian(h) != null) {
                    compile(h).ifPresent(hamiltonians::add);
                } else if (declaration instanceof Classifier c) {
                    compile(c).ifPresent(classifiers::add);
                }
            } catch (RuntimeException e) {
                problems.add(new CompilationProblem(declaration, INTERNAL_ERROR, "internal error while compiling: " + e));
            }
        }
        String javaPackage = model.eContainer() instanceof HamFile file && file.getName() != null ? file.getName() : "";
        return new ModelCompilation(javaPackage, model.getName(), hamiltonians, classifiers, problems);
    }

    private Optional<HamiltonianCompilation> compile(Hamiltonian hamiltonian) {
        LoweredHamiltonian h = lowered.hamiltonian(hamiltonian);
        Optional<NetworkOptions> valid = options(hamiltonian);
        if (valid.isEmpty()) {
            return Optional.empty();
        }
        NetworkOptions options = valid.get();
        PhaseTimes times = loweredTimes();
        PlanLimits limits = new PlanLimits(localRadius(hamiltonian), options.maxDepth());
        NetworkCompiler compiler = new NetworkCompiler(lowered.space(), options);
        List<Polynomial> expanded = List.of(h.expanded());
        if (declaresTranslation(hamiltonian)) {
            // planned per unit cell (CellCompiler); the whole polynomial's greedy plan computes energy()
            PlanChoice whole = times.time(Phase.PLAN, () -> GREEDY.choose(List.of(h.withLets()), expanded,
                    lowered.space(), lowered.lets(), limits));
            CellNetwork cells = times.time(Phase.BUILD, () -> cells(h, options, limits.localRadius()));
            if (cells != null) {
                // per cell: each cell's error relative to its own scale bounds the lattice's relative error,
                // and checking one cell does not grow with the lattice
                Verification verification = verify(cells.cellNetwork(), List.of(cells.cellPolynomial()), cells.cellSpace(),
                        options, times, hamiltonian, true);
                return verification == null ? Optional.empty()
                        : Optional.of(compilation(hamiltonian, h, options, whole, cells.wholeLattice(), verification,
                                compiler, times, cells));
            }
        }
        PlanChoice choice = times.time(Phase.PLAN, () -> SELECTOR.choose(List.of(h.withLets()), expanded,
                lowered.space(), lowered.lets(), limits));
        // the cheapest plan whose network verifies: a construction with more cancellation (a quadratic
        // lift, say) may miss the tolerance in double precision where a plainer plan meets it
        List<Candidate> ranked = choice.ranked();
        for (int k = 0; k < ranked.size(); k++) {
            Candidate candidate = ranked.get(k);
            // below the plan's depth the network is the flat construction, the same for every plan
            boolean last = k == ranked.size() - 1 || candidate.plan().depth() > options.maxDepth();
            CompiledNetwork network = build(compiler, candidate.plan(), expanded, times, hamiltonian, last);
            Verification verification = network == null ? null
                    : verify(network, expanded, lowered.space(), options, times, hamiltonian, last);
            if (verification != null) {
                return Optional.of(compilation(hamiltonian, h, options, choice.choosing(candidate), network,
                        verification, compiler, times, null));
            }
            if (last) {
                break;
            }
        }
        return Optional.empty();
    }

    private HamiltonianCompilation compilation(Hamiltonian hamiltonian, LoweredHamiltonian h, NetworkOptions options,
            PlanChoice choice, CompiledNetwork network, Verification verification, NetworkCompiler compiler,
            PhaseTimes times, CellNetwork cells) {
        return new HamiltonianCompilation(model.getName(), hamiltonian.getName(), className(hamiltonian.getName()),
                options, h, choice, network, verification, compiler.flatNeuronCount(h.expanded()), times, cells);
    }

    private Optional<ClassifierCompilation> compile(Classifier classifier) {
        List<String> names = new ArrayList<>();
        List<Polynomial> withLets = new ArrayList<>();
        List<Polynomial> expanded = new ArrayList<>();
        double[] priors = new double[classifier.getClasses().size()];
        NetworkOptions options = null;
        for (int y = 0; y < priors.length; y++) {
            ClassDecl c = classifier.getClasses().get(y);
            LoweredHamiltonian h = lowered.hamiltonian(c.getHamiltonian());
            Double prior = lowered.constant(c.getPrior());
            if (h == null || prior == null) {
                return Optional.empty(); // an error, reported by validation
            }
            names.add(c.getName());
            withLets.add(h.withLets());
            expanded.add(h.expanded());
            priors[y] = prior;
            Optional<NetworkOptions> classOptions = options(c.getHamiltonian());
            if (classOptions.isEmpty()) {
                return Optional.empty();
            }
            options = stricter(options, classOptions.get());
        }
        if (priors.length == 0 || Arrays.stream(priors).anyMatch(p -> !(p > 0)) || !normalizable(classifier, expanded)) {
            return Optional.empty(); // the validator reports why
        }
        double total = Arrays.stream(priors).sum();
        for (int y = 0; y < priors.length; y++) {
            priors[y] /= total;
        }
        PhaseTimes times = loweredTimes();
        double[] logZ = times.time(Phase.PLAN, () -> logPartition(classifier.getNormalization(), expanded));
        Plan plan = times.time(Phase.PLAN, () -> Planner.plan(withLets, lowered.space(), lowered.lets()));
        NetworkOptions chosen = options;
        CompiledNetwork network = build(new NetworkCompiler(lowered.space(), chosen), plan, expanded, times, classifier);
        Verification verification = network == null ? null
                : verify(network, expanded, lowered.space(), chosen, times, classifier);
        if (verification == null) {
            return Optional.empty();
        }
        return Optional.of(new ClassifierCompilation(model.getName(), classifier.getName(),
                className(classifier.getName()), names, expanded, priors, logZ, chosen, plan, network, verification, times));
    }

    /** The unit-cell compilation of a translation-invariant hamiltonian, or null to compile it whole. */
    private CellNetwork cells(LoweredHamiltonian h, NetworkOptions options, int localRadius) {
        return TranslationTemplates.of(h.expanded(), lowered.space())
                .map(template -> CellCompiler.compile(template, lowered.space(), options, localRadius).cells()).orElse(null);
    }

    private static boolean declaresTranslation(Hamiltonian hamiltonian) {
        return hamiltonian.getAnnotations().stream().filter(SymmetricAnnotation.class::isInstance)
                .anyMatch(a -> ((SymmetricAnnotation) a).getSymmetries().contains("translation"));
    }

    /** Times starting with the model's lowering (shared by all its hamiltonians and classifiers). */
    private PhaseTimes loweredTimes() {
        PhaseTimes times = new PhaseTimes();
        times.add(Phase.LOWER, lowered.loweringNanos());
        return times;
    }

    private CompiledNetwork build(NetworkCompiler compiler, Plan plan, List<Polynomial> expanded, PhaseTimes times, EObject at) {
        return build(compiler, plan, expanded, times, at, true);
    }

    /** The network of a plan, or null; with {@code report} a failure is a problem of {@code at}. */
    private CompiledNetwork build(NetworkCompiler compiler, Plan plan, List<Polynomial> expanded, PhaseTimes times,
            EObject at, boolean report) {
        NetworkCompilation result = times.time(Phase.BUILD, () -> compiler.compile(plan, expanded));
        if (result instanceof NetworkCompilation.Unsupported unsupported) {
            if (report) {
                problems.add(new CompilationProblem(at, NETWORK_UNSUPPORTED, unsupported.message()));
            }
            return null;
        }
        return ((NetworkCompilation.Built) result).network();
    }

    private Verification verify(CompiledNetwork network, List<Polynomial> expanded, VariableSpace space,
            NetworkOptions options, PhaseTimes times, EObject at) {
        return verify(network, expanded, space, options, times, at, true);
    }

    /** The passed verification, or null; with {@code report} a failure is a problem of {@code at}. */
    private Verification verify(CompiledNetwork network, List<Polynomial> expanded, VariableSpace space,
            NetworkOptions options, PhaseTimes times, EObject at, boolean report) {
        Verification v = times.time(Phase.VERIFY,
                () -> NetworkVerifier.verify(network, expanded, space, options.tolerance()));
        if (!v.passed() && !report) {
            return null;
        }
        if (!v.passed()) {
            problems.add(new CompilationProblem(at, VERIFICATION_FAILED, "the network's relative error "
                    + PolynomialFormat.decimal(v.worstError()) + " exceeds the tolerance "
                    + PolynomialFormat.decimal(options.tolerance()) + " at " + point(v.worstPoint(), space)
                    + (network.predictedWithin(options.tolerance()) ? ""
                            : "; no lambda meets it in double precision (predicted bound "
                                    + PolynomialFormat.decimal(network.predictedError()) + "): raise @tolerance")));
            return null;
        }
        return v;
    }

    private static String point(double[] x, VariableSpace space) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < x.length && i < 16; i++) {
            s.append(i == 0 ? "" : ", ").append(space.label(i)).append(" = ").append(PolynomialFormat.decimal(x[i]));
        }
        return s.append(x.length > 16 ? ", ...)" : ")").toString();
    }

    /** What the classifier validator checks for the chosen normalization; compiling anyway would only fail later. */
    private boolean normalizable(Classifier classifier, List<Polynomial> expanded) {
        return switch (classifier.getNormalization()) {
        case EXACT -> LogPartition.exactIsFeasible(expanded, lowered.space());
        case GAUSSIAN -> expanded.stream().allMatch(h -> GaussianForm.problem(h, lowered.space()) == null);
        default -> true;
        };
    }

    private double[] logPartition(Normalization normalization, List<Polynomial> expanded) {
        return switch (normalization) {
        case EXACT -> LogPartition.exact(expanded, lowered.space());
        case GAUSSIAN -> LogPartition.gaussian(expanded);
        default -> new double[expanded.size()];
        };
    }

    /**
     * @tolerance, @activation and @depth of a hamiltonian, with the language's defaults; empty
     * when one of them is invalid (the annotation validator reports it).
     */
    private Optional<NetworkOptions> options(Hamiltonian hamiltonian) {
        Activation activation = Activation.SIGMOID;
        double tolerance = NetworkOptions.DEFAULT_TOLERANCE;
        int depth = Integer.MAX_VALUE;
        for (Annotation annotation : hamiltonian.getAnnotations()) {
            if (annotation instanceof ToleranceAnnotation t) {
                Double value = lowered.constant(t.getValue());
                if (value == null || !(value > 0) || Double.isInfinite(value)) {
                    return Optional.empty();
                }
                tolerance = value;
            } else if (annotation instanceof ActivationAnnotation a) {
                if (!Activations.NAMES.contains(a.getActivation())) {
                    return Optional.empty();
                }
                activation = Activation.fromDslName(a.getActivation());
            } else if (annotation instanceof DepthAnnotation d) {
                Double value = lowered.constant(d.getDepth());
                if (value == null || value < 1 || value != Math.rint(value)) {
                    return Optional.empty();
                }
                depth = (int) Math.min(value, Integer.MAX_VALUE);
            }
        }
        return Optional.of(new NetworkOptions(activation, tolerance, depth));
    }

    /** The radius of @local, or Locality.UNBOUNDED without one (an invalid radius is the validator's error). */
    private int localRadius(Hamiltonian hamiltonian) {
        for (Annotation annotation : hamiltonian.getAnnotations()) {
            if (annotation instanceof LocalAnnotation local) {
                Double radius = lowered.constant(local.getRadius());
                if (radius != null && radius >= 0 && radius == Math.rint(radius)) {
                    return (int) Math.min(radius, Integer.MAX_VALUE - 1);
                }
            }
        }
        return Locality.UNBOUNDED;
    }

    /** A classifier's network meets the strictest tolerance and depth of its classes, in the first class's activation. */
    private static NetworkOptions stricter(NetworkOptions a, NetworkOptions b) {
        if (a == null) {
            return b;
        }
        return new NetworkOptions(a.activation(), Math.min(a.tolerance(), b.tolerance()), Math.min(a.maxDepth(), b.maxDepth()));
    }

    private String className(String name) {
        return model.getName() + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
