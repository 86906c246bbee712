package org.cheapnet.dsl.generator;

/**
 * One generated Java source file.
 *
 * @param qualifiedName e.g. cheapnet.examples.Ising2DH
 * @param path          relative to the output folder, e.g. cheapnet/examples/Ising2DH.java
 * @param content       the source text, '\n' line ends
 */
public record GeneratedJava(String qualifiedName, String path, String content) {
}
