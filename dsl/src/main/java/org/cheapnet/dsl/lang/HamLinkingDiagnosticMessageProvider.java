package org.cheapnet.dsl.lang;

import org.cheapnet.dsl.ham.HamPackage;
import org.cheapnet.dsl.validation.HamIssueCodes;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

/** Unknown names get a plain message and the language's own issue code. */
public class HamLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String what = whatFor(context);
		return new DiagnosticMessage("unknown " + what + " '" + context.getLinkText() + "'", Severity.ERROR,
				HamIssueCodes.UNKNOWN_NAME, context.getLinkText());
	}

	private static String whatFor(ILinkingDiagnosticContext context) {
		if (context.getReference() == HamPackage.Literals.VARIABLE__LATTICE) {
			return "lattice";
		}
		if (context.getReference() == HamPackage.Literals.CLASS_DECL__HAMILTONIAN) {
			return "hamiltonian";
		}
		return "name";
	}
}
