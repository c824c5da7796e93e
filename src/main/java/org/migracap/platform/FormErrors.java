package org.migracap.platform;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one handler of a page form's business-rule and concurrent-edit errors, instead of a copied
 * {@code catch (RuleViolationException | ConcurrentEditException …)} in each controller: {@link #attempt} runs the
 * action; a {@link RuleViolationException} lands next to the field its message key names (longest matching key prefix
 * of {@link Attempt#fields}) or above the form, with its arguments; a {@link ConcurrentEditException} lands above the
 * form as {@code error.concurrentEdit.generic} (or the attempt's own key) with what changed since the edited version in
 * the model attribute {@code changes}, as {@code fragments/forms} shows it, and hands the current version to
 * {@link Attempt#onConflict} so that the form can be sent again over it.
 */
@Component
public class FormErrors {

	public static final String CONFLICT_KEY = "error.concurrentEdit.generic";

	private final ObjectProvider<EditHistory> history;

	FormErrors(ObjectProvider<EditHistory> history) {
		this.history = history;
	}

	/** An attempt to save a form whose errors go to {@code result} (and the changes of a conflict to {@code model}). */
	public Attempt attempt(BindingResult result, Model model) {
		return new Attempt(result, model, Map.of(), CONFLICT_KEY, version -> {
		});
	}

	/** Rejects a rule violation into the form: next to the field its key maps to, else above the form. */
	public static void reject(BindingResult result, RuleViolationException ex, Map<String, String> fields) {
		String field = null;
		int best = -1;
		for (Map.Entry<String, String> entry : fields.entrySet()) {
			if (ex.messageKey().startsWith(entry.getKey()) && entry.getKey().length() > best) {
				field = entry.getValue();
				best = entry.getKey().length();
			}
		}
		if (field == null) {
			result.reject(ex.messageKey(), ex.args(), ex.messageKey());
		}
		else {
			result.rejectValue(field, ex.messageKey(), ex.args(), ex.messageKey());
		}
	}

	/**
	 * Runs an action of a page without a form (a button), and tells its outcome in the next page's flash: the success
	 * key, or the rule violation's key and arguments ({@code flashError}, {@code flashArgs}).
	 * @return true when the action ran
	 */
	public static boolean flash(RedirectAttributes redirect, Runnable action, String success) {
		try {
			action.run();
			redirect.addFlashAttribute("flashSuccess", success);
			return true;
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashArgs", ex.args());
			return false;
		}
	}

	public final class Attempt {

		private final BindingResult result;

		private final Model model;

		private final Map<String, String> fields;

		private final String conflictKey;

		private final LongConsumer onConflict;

		private Attempt(BindingResult result, Model model, Map<String, String> fields, String conflictKey,
				LongConsumer onConflict) {
			this.result = result;
			this.model = model;
			this.fields = fields;
			this.conflictKey = conflictKey;
			this.onConflict = onConflict;
		}

		/** Message-key prefixes mapped to form fields; the longest matching prefix wins. */
		public Attempt fields(Map<String, String> fields) {
			return new Attempt(result, model, fields, conflictKey, onConflict);
		}

		/** The message shown above the form on a concurrent edit, instead of {@code error.concurrentEdit.generic}. */
		public Attempt conflictKey(String key) {
			return new Attempt(result, model, fields, key, onConflict);
		}

		/** Told the current version on a concurrent edit (usually {@code form::setVersion}). */
		public Attempt onConflict(LongConsumer currentVersion) {
			return new Attempt(result, model, fields, conflictKey, currentVersion);
		}

		/** Runs the action unless the form already has errors; empty when it was refused (the errors are in the form). */
		public <T> Optional<T> call(Supplier<@Nullable T> action) {
			if (result.hasErrors()) {
				return Optional.empty();
			}
			try {
				return Optional.ofNullable(action.get());
			}
			catch (ConcurrentEditException ex) {
				result.reject(conflictKey);
				EditHistory changes = history.getIfAvailable();
				model.addAttribute("changes", changes == null ? List.of() : changes.changesSince(ex));
				onConflict.accept(ex.currentVersion());
				return Optional.empty();
			}
			catch (RuleViolationException ex) {
				reject(result, ex, fields);
				return Optional.empty();
			}
		}

		/** {@link #call(Supplier)} for an action whose result is not needed; true when it ran. */
		public boolean run(Runnable action) {
			return call(() -> {
				action.run();
				return Boolean.TRUE;
			}).isPresent();
		}

	}

}
