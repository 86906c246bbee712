package org.cheapnet.dsl.ui;

import org.cheapnet.dsl.HamStandaloneSetup;
import org.cheapnet.dsl.ide.HamIdeSetup;
import org.eclipse.core.runtime.Plugin;

import com.google.inject.Injector;

/**
 * The bundle's activator. It holds the two injectors of the language: the editor uses the
 * language server's (IDE services, no compilation while typing); the builder uses the
 * compiler's (the Maven plugin's and hamc's), so a build reports what cannot be compiled.
 */
public class HamUiPlugin extends Plugin {
	public static final String ID = "org.cheapnet.dsl.ui";

	private static HamUiPlugin instance;

	private Injector editorInjector;
	private Injector compilerInjector;

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

	/** The language server's services (content assist, hover, quick fixes, symbols). */
	public synchronized Injector editorInjector() {
		if (editorInjector == null) {
			editorInjector = new HamIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return editorInjector;
	}

	/** The compiler's services: validation with compilation, and the generator. */
	public synchronized Injector compilerInjector() {
		if (compilerInjector == null) {
			editorInjector();
			compilerInjector = new HamStandaloneSetup().createInjector();
		}
		return compilerInjector;
	}
}
