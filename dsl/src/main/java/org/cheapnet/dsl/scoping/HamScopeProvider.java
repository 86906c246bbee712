package org.cheapnet.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.cheapnet.dsl.ham.Aggregate;
import org.cheapnet.dsl.ham.BondBinder;
import org.cheapnet.dsl.ham.Hamiltonian;
import org.cheapnet.dsl.ham.HamPackage;
import org.cheapnet.dsl.ham.IndexBinder;
import org.cheapnet.dsl.ham.IndexVar;
import org.cheapnet.dsl.ham.Lattice;
import org.cheapnet.dsl.ham.Let;
import org.cheapnet.dsl.ham.Model;
import org.cheapnet.dsl.ham.Param;
import org.cheapnet.dsl.ham.Variable;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;

/**
 * Names are local to a model. Expressions see the model's lattices, variables, params and lets
 * (in any order; let cycles are the validator's business) and, nested inside, the index
 * variables of every enclosing sum, prod or indexed let whose body they are in.
 */
public class HamScopeProvider extends AbstractHamScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		Model model = EcoreUtil2.getContainerOfType(context, Model.class);
		if (model == null) {
			return IScope.NULLSCOPE;
		}
		if (reference == HamPackage.Literals.REFERENCE__SYMBOL) {
			return scopeForSymbol(context, model);
		}
		if (reference == HamPackage.Literals.VARIABLE__LATTICE) {
			return Scopes.scopeFor(EcoreUtil2.typeSelect(model.getDeclarations(), Lattice.class));
		}
		if (reference == HamPackage.Literals.CLASS_DECL__HAMILTONIAN) {
			return Scopes.scopeFor(EcoreUtil2.typeSelect(model.getDeclarations(), Hamiltonian.class));
		}
		return super.getScope(context, reference);
	}

	private IScope scopeForSymbol(EObject context, Model model) {
		List<EObject> modelSymbols = new ArrayList<>();
		for (EObject declaration : model.getDeclarations()) {
			if (declaration instanceof Lattice || declaration instanceof Variable || declaration instanceof Param
					|| declaration instanceof Let) {
				modelSymbols.add(declaration);
			}
		}
		return scopeForIndices(context, Scopes.scopeFor(modelSymbols));
	}

	/** Walks from the context to the model; each binder whose body holds the context opens a scope. */
	private IScope scopeForIndices(EObject context, IScope outer) {
		List<IndexVar> visible = new ArrayList<>();
		EObject child = context;
		for (EObject parent = context.eContainer(); parent != null && !(parent instanceof Model); parent = parent.eContainer()) {
			visible.addAll(0, boundIn(parent, child));
			child = parent;
		}
		IScope scope = outer;
		for (IndexVar index : visible) {
			scope = Scopes.scopeFor(List.of(index), scope);
		}
		return scope;
	}

	private static List<IndexVar> boundIn(EObject parent, EObject child) {
		if (parent instanceof Aggregate aggregate && aggregate.getBody() == child) {
			if (aggregate.getBinder() instanceof IndexBinder binder) {
				return listOf(binder.getIndex());
			}
			if (aggregate.getBinder() instanceof BondBinder bond) {
				List<IndexVar> both = new ArrayList<>(listOf(bond.getFirst()));
				both.addAll(listOf(bond.getSecond()));
				return both;
			}
		}
		if (parent instanceof Let let && let.getBody() == child) {
			return listOf(let.getIndex());
		}
		return List.of();
	}

	private static List<IndexVar> listOf(IndexVar index) {
		return index == null || index.getName() == null ? List.of() : List.of(index);
	}
}
