package org.cheapnet.dsl.ide;

import org.eclipse.xtext.testing.IInjectorProvider;

import com.google.inject.Injector;

/** The language's injector with the IDE services, as the language server creates it. */
public class HamIdeInjectorProvider implements IInjectorProvider {
	private static Injector injector;

	@Override
	public synchronized Injector getInjector() {
		if (injector == null) {
			injector = new HamIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
