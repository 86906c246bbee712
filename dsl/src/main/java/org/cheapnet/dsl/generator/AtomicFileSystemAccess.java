package org.cheapnet.dsl.generator;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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

	/** Writes text to a temporary file next to target, then moves it over target in one step. */
	static void write(Path target, String text, Charset encoding) throws IOException {
		Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
		try {
			Files.writeString(temporary, text, encoding);
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
