package org.cheapnet.dsl.ide;

import java.util.concurrent.Callable;

/** Runs a task on a thread with a 1 MB stack, as the language server's request threads have. */
final class OneMegabyteStack {
	private OneMegabyteStack() {
	}

	/** The task's result; whatever it throws (a StackOverflowError included) is rethrown here. */
	static <T> T call(Callable<T> task) throws Throwable {
		Object[] result = new Object[1];
		Throwable[] failure = new Throwable[1];
		Thread thread = new Thread(null, () -> {
			try {
				result[0] = task.call();
			} catch (Throwable e) {
				failure[0] = e;
			}
		}, "one-megabyte-stack", 1 << 20);
		thread.start();
		thread.join();
		if (failure[0] != null) {
			throw failure[0];
		}
		@SuppressWarnings("unchecked")
		T value = (T) result[0];
		return value;
	}
}
