package org.migracap.mobility.domain;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * A test seam: integration tests supply area scores per viewer to check the chain pages against hand-made numbers.
 * Without supplied scores it passes every call on to the application's own score source.
 */
@Component
@Primary
public class SuppliedAreaScores implements AreaScoreSource {

	private final ObjectProvider<AreaScoreSource> sources;

	private final ChainServiceAccess chain;

	private volatile @Nullable Function<Optional<CurrentUser>, Map<String, double[]>> supplied;

	SuppliedAreaScores(ObjectProvider<AreaScoreSource> sources, ChainServiceAccess chain) {
		this.sources = sources;
		this.chain = chain;
	}

	/** Uses these scores for every viewer until {@link #reset()}. */
	public void supply(Function<Optional<CurrentUser>, Map<String, double[]>> scores) {
		supplied = scores;
		chain.invalidate();
	}

	public void reset() {
		supplied = null;
		chain.invalidate();
	}

	@Override
	public long stamp() {
		return supplied != null ? 0 : sources.orderedStream()
			.filter(source -> source != this)
			.findFirst()
			.map(AreaScoreSource::stamp)
			.orElse(0L);
	}

	@Override
	public Map<String, double[]> scores(Optional<CurrentUser> viewer) {
		Function<Optional<CurrentUser>, Map<String, double[]>> current = supplied;
		if (current != null) {
			return current.apply(viewer);
		}
		return sources.orderedStream()
			.filter(source -> source != this)
			.findFirst()
			.map(source -> source.scores(viewer))
			.orElse(Map.of());
	}

	/** Clears the chain cache without a dependency cycle (the chain service depends on the score source). */
	@Component
	static class ChainServiceAccess {

		private final ObjectProvider<ChainService> chain;

		ChainServiceAccess(ObjectProvider<ChainService> chain) {
			this.chain = chain;
		}

		void invalidate() {
			chain.getObject().invalidate();
		}

	}

}
