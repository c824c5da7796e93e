package org.migracap.planning.optimiser;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.google.ortools.Loader;

/**
 * Loads the OR-Tools native libraries once, and watches running solves for cancellation.
 */
final class OrTools {

	private static volatile boolean loaded;

	private static final ScheduledExecutorService WATCHER = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "planning-solve-watcher");
		thread.setDaemon(true);
		return thread;
	});

	private OrTools() {
	}

	static void load() {
		if (!loaded) {
			synchronized (OrTools.class) {
				if (!loaded) {
					Loader.loadNativeLibraries();
					loaded = true;
				}
			}
		}
	}

	/** Calls {@code stop} once when {@code cancel} asks for it; the returned handle ends the watch. */
	static AutoCloseable watch(Cancellation cancel, Runnable stop) {
		if (cancel == Cancellation.NEVER) {
			return () -> {
			};
		}
		ScheduledFuture<?> future = WATCHER.scheduleWithFixedDelay(() -> {
			if (cancel.requested()) {
				stop.run();
			}
		}, 100, 200, TimeUnit.MILLISECONDS);
		return () -> future.cancel(false);
	}

	static void close(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
