package org.migracap.library.web;

import java.io.IOException;

import org.migracap.library.domain.DocumentImport;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.ImportFailedException;
import org.migracap.platform.ImportReport;
import org.migracap.platform.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bulk import of documents: a ZIP with a {@code documents.csv} manifest and the files it names, or a manifest alone.
 * Focal points import their own country's documents, coordinators and administrators any country's.
 */
@Controller
@Access({ Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN })
class ImportController {

	private final DocumentImport imports;

	ImportController(DocumentImport imports) {
		this.imports = imports;
	}

	@GetMapping("/library/import")
	String page(Model model) {
		model.addAttribute("columns", DocumentImport.COLUMNS);
		model.addAttribute("manifest", DocumentImport.MANIFEST);
		return "library/import";
	}

	@PostMapping("/library/import")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("flashError", "library.upload.empty");
			return "redirect:/library/import";
		}
		try {
			ImportReport report = imports.importFile(DocumentController.name(file), file.getBytes(),
					CurrentUser.required());
			redirect.addFlashAttribute("flashSuccess", "import.success");
			redirect.addFlashAttribute("flashArgs", new Object[] { report.source(), report.written() });
			return "redirect:/library";
		}
		catch (ImportFailedException ex) {
			redirect.addFlashAttribute("importReport", ex.report());
			return "redirect:/library/import";
		}
	}

}
