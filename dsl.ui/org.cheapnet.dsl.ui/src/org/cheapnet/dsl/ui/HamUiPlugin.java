package org.cheapnet.dsl.ui;

import org.cheapnet.dsl.ide.HamIdeSetup;
import org.eclipse.core.runtime.Plugin;

import com.google.inject.Injector;

/**
 * The bundle's activator. It holds the language's injector: the language server's (runtime and
 * IDE-independent services of dsl.ide; validation without the compilation check, which the
 * builder runs itself). One injector only: Xtext registers a language's validator in EMF's
 * global registry, which every injector shares, so two injectors with different validation
 * bindings would not stay apart.
 */
public class HamUiPlugin extends Plugin {
	public static final String ID = "org.cheapnet.dsl.ui";

	private static HamUiPlugin instance;

	private Injector injector;

	@Override
	public void start(org.osgi.framework.BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(org.osgi.framework.BundleContext context) throws Exception {
		instance = null;
		super.stop(context);
	}

	public static HamUiPlugin getDefault() {
		return instance;
	}

	/** The language server's services (validation, content assist, hover, quick fixes, symbols, generator). */
	public synchronized Injector injector() {
		if (injector == null) {
			injector = new HamIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
