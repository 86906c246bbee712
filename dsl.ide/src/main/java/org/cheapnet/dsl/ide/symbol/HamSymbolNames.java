package org.cheapnet.dsl.ide.symbol;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;

/** The outline nests declarations under their model, so each shows its simple name (H, not Ising.H). */
public class HamSymbolNames extends DocumentSymbolNameProvider {
	@Override
	public String getName(EObject object) {
		String qualified = super.getName(object);
		return qualified == null ? null : qualified.substring(qualified.lastIndexOf('.') + 1);
	}
}
