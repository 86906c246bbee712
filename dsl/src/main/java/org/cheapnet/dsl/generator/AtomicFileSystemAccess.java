package org.cheapnet.dsl.generator;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;

import org.eclipse.xtext.generator.JavaIoFileSystemAccess;
import org.eclipse.xtext.generator.OutputConfiguration;
import org.eclipse.xtext.util.RuntimeIOException;

/**
 * The file system access of the Maven plugin's builds (it asks the language's injector for a
 * {@link JavaIoFileSystemAccess}), writing each file atomically: the text goes to a temporary
 * file in the target's folder, which then replaces the target in one move. A build that stops
 * while writing leaves the old file or the new one, never half of one, and no temporary file.
 */
public class AtomicFileSystemAccess extends JavaIoFileSystemAccess {
	private IFileCallback callBack;

	@Override
	public void setCallBack(IFileCallback callBack) {
		super.setCallBack(callBack);
		this.callBack = callBack;
	}

	@Override
	public Runnable withCallBack(IFileCallback callBack) {
		IFileCallback old = this.callBack;
		Runnable restore = super.withCallBack(callBack);
		this.callBack = callBack;
		return () -> {
			restore.run();
			this.callBack = old;
		};
	}

	@Override
	public void generateFile(String fileName, String outputConfigName, CharSequence contents) throws RuntimeIOException {
		File file = getFile(fileName, outputConfigName);
		OutputConfiguration output = getOutputConfig(outputConfigName);
		if (!output.isOverrideExistingResources() && file.exists()) {
			return;
		}
		createFolder(file.getParentFile());
		String encoding = getEncoding(getURI(fileName, outputConfigName));
		CharSequence text = postProcess(fileName, outputConfigName, contents, encoding);
		try {
			write(file.toPath(), text.toString(), Charset.forName(encoding));
		} catch (IOException | RuntimeException e) {
			throw new RuntimeIOException(e);
		}
		if (callBack != null) {
			callBack.fileAdded(file);
		}
		if (isWriteTrace()) {
			generateTrace(fileName, outputConfigName, contents);
		}
	}

	/** Writes text atomically (AtomicFiles). */
	static void write(Path target, String text, Charset encoding) throws IOException {
		AtomicFiles.write(target, text.getBytes(encoding));
	}
}
