package org.cheapnet.dsl.ide.symbol;

import org.cheapnet.dsl.ham.ClassDecl;
import org.cheapnet.dsl.ham.Classifier;
import org.cheapnet.dsl.ham.Hamiltonian;
import org.cheapnet.dsl.ham.Lattice;
import org.cheapnet.dsl.ham.Let;
import org.cheapnet.dsl.ham.Model;
import org.cheapnet.dsl.ham.Param;
import org.cheapnet.dsl.ham.Variable;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;

/** Outline icons: models and classifiers as classes, hamiltonians and lets as functions, and so on. */
public class HamSymbolKinds extends DocumentSymbolKindProvider {
	@Override
	public SymbolKind getSymbolKind(EObject object) {
		if (object instanceof Model || object instanceof Classifier) {
			return SymbolKind.Class;
		}
		if (object instanceof Hamiltonian || object instanceof Let) {
			return SymbolKind.Function;
		}
		if (object instanceof Variable) {
			return SymbolKind.Variable;
		}
		if (object instanceof Param) {
			return SymbolKind.Constant;
		}
		if (object instanceof Lattice) {
			return SymbolKind.Struct;
		}
		return object instanceof ClassDecl ? SymbolKind.EnumMember : super.getSymbolKind(object);
	}
}
