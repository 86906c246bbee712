package org.cheapnet.dsl;


/**
 * Initialization support for running Xtext languages without Equinox extension registry.
 */
public class HamStandaloneSetup extends HamStandaloneSetupGenerated {

	public static void doSetup() {
		new HamStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
