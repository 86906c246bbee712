package org.cheapnet.dsl;

import org.cheapnet.dsl.formatting2.HamFormatter;
import org.cheapnet.dsl.generator.AtomicFileSystemAccess;
import org.cheapnet.dsl.generator.HamGenerator;
import org.cheapnet.dsl.lang.HamLinkingDiagnosticMessageProvider;
import org.cheapnet.dsl.lang.HamSyntaxErrorMessageProvider;
import org.cheapnet.dsl.parser.NestingLimitLexer;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.generator.JavaIoFileSystemAccess;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** Guice bindings of the .ham language at run time (compiler, command line, language server). */
public class HamRuntimeModule extends AbstractHamRuntimeModule {

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return HamLinkingDiagnosticMessageProvider.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return HamSyntaxErrorMessageProvider.class;
	}

	/** .ham files compile to Java classes (the Maven plugin's and the language server's builds). */
	public Class<? extends IGenerator2> bindIGenerator2() {
		return HamGenerator.class;
	}

	/** The parser's lexer stops nesting past a limit before the parser's stack overflows. */
	@Override
	public void configureRuntimeLexer(Binder binder) {
		binder.bind(Lexer.class).annotatedWith(Names.named(LexerBindings.RUNTIME)).to(NestingLimitLexer.class);
	}

	/** The Maven plugin's file system access: each generated file written atomically. */
	public Class<? extends JavaIoFileSystemAccess> bindJavaIoFileSystemAccess() {
		return AtomicFileSystemAccess.class;
	}

	public Class<? extends IFormatter2> bindIFormatter2() {
		return HamFormatter.class;
	}
}
