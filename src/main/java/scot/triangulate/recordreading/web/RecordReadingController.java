package scot.triangulate.recordreading.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.triangulate.partnership.PartnershipService;
import scot.triangulate.recordreading.ExerciseRejectedException;
import scot.triangulate.recordreading.NewExercise;
import scot.triangulate.recordreading.RecordReadingExercise;
import scot.triangulate.recordreading.RecordReadingExercises;
import scot.triangulate.recordreading.RecordReadingPolicy;
import scot.triangulate.recordreading.RecordReadingSamples;
import scot.triangulate.recordreading.ReturnRefusedException;
import scot.triangulate.recordreading.web.ExerciseForms.AddForm;
import scot.triangulate.recordreading.web.ExerciseForms.DrawForm;
import scot.triangulate.recordreading.web.ExerciseForms.ExerciseForm;
import scot.triangulate.recordreading.web.ExerciseForms.SwapForm;
import scot.triangulate.shared.ConcurrentChangeException;

/** A partnership's record-reading exercises: the list, creating one, and each exercise's population and sample. */
@Controller
class RecordReadingController {

    private static final String BASE = "/partnerships/{partnership}/record-reading";

    private final RecordReadingExercises exercises;
    private final RecordReadingSamples samples;
    private final RecordReadingPolicy policy;
    private final PartnershipService partnerships;

    RecordReadingController(RecordReadingExercises exercises, RecordReadingSamples samples, RecordReadingPolicy policy,
            PartnershipService partnerships) {
        this.exercises = exercises;
        this.samples = samples;
        this.policy = policy;
        this.partnerships = partnerships;
    }

    @GetMapping(BASE)
    String list(@PathVariable String partnership, Authentication actor, Model model) {
        model.addAttribute("partnership", partnerships.get(partnership));
        model.addAttribute("exercises", exercises.exercises(partnership, actor));
        model.addAttribute("cycleTitles", cycleTitles(partnership, actor));
        model.addAttribute("mayRun", exercises.mayRun(partnership, actor));
        return "recordreading/exercises";
    }

    @GetMapping(BASE + "/new")
    String newExercise(@PathVariable String partnership, Authentication actor, Model model) {
        policy.requireLead(actor, partnership);
        var cycles = exercises.cycles(partnership, actor);
        model.addAttribute("exerciseForm", new ExerciseForm("", cycles.isEmpty() ? null : cycles.get(0).id(), null, null, 31));
        return form(partnership, actor, model);
    }

    @PostMapping(BASE)
    String create(@PathVariable String partnership, @Valid @ModelAttribute ExerciseForm exerciseForm, BindingResult errors,
            Authentication actor, Model model, RedirectAttributes redirect) {
        policy.requireLead(actor, partnership);
        if (!errors.hasErrors()) {
            try {
                RecordReadingExercise created = exercises.create(partnership, new NewExercise(exerciseForm.cycleId(),
                        exerciseForm.title(), exerciseForm.firstReadingDay(), exerciseForm.lastReadingDay(),
                        exerciseForm.targetSize()), actor);
                redirect.addFlashAttribute("notice", "exercise.created");
                return "redirect:/partnerships/" + partnership + "/record-reading/" + created.id() + "#notice";
            } catch (ExerciseRejectedException e) {
                errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        return form(partnership, actor, model);
    }

    @GetMapping(BASE + "/return-template.csv")
    ResponseEntity<String> template(@PathVariable String partnership, Authentication actor) {
        exercises.exercises(partnership, actor);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("pre-inspection-return-template.csv").build().toString())
                .body(samples.template());
    }

    @GetMapping(BASE + "/{exercise}")
    String exercise(@PathVariable String partnership, @PathVariable long exercise, Authentication actor, Model model) {
        return page(partnership, exercise, actor, model);
    }

    @PostMapping(BASE + "/{exercise}/population")
    String population(@PathVariable String partnership, @PathVariable long exercise,
            @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) Integer version,
            Authentication actor, Model model, RedirectAttributes redirect) throws IOException {
        RecordReadingExercise e = exercises.get(partnership, exercise, actor);
        policy.requireLead(actor, partnership);
        try {
            boolean none = file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank();
            int records = samples.loadPopulation(e.id(), none ? null : file.getOriginalFilename(),
                    none ? new byte[0] : file.getBytes(), version, actor);
            redirect.addFlashAttribute("notice", "return.loaded");
            redirect.addFlashAttribute("noticeArguments", new Object[] {records});
            return back(partnership, exercise);
        } catch (ReturnRefusedException refused) {
            model.addAttribute("refusal", refused);
            model.addAttribute("fileName", file == null ? "" : file.getOriginalFilename());
        } catch (ConcurrentChangeException conflict) {
            model.addAttribute("refusal", new ReturnRefusedException("exercise.conflict"));
            model.addAttribute("fileName", file == null ? "" : file.getOriginalFilename());
        }
        return page(partnership, exercise, actor, model);
    }

    @PostMapping(BASE + "/{exercise}/sample")
    String draw(@PathVariable String partnership, @PathVariable long exercise, @Valid @ModelAttribute DrawForm drawForm,
            BindingResult errors, Authentication actor, Model model, RedirectAttributes redirect) {
        RecordReadingExercise e = exercises.get(partnership, exercise, actor);
        policy.requireLead(actor, partnership);
        if (!errors.hasErrors()) {
            try {
                long seed = samples.draw(e.id(), drawForm.seed(), drawForm.version(), actor);
                redirect.addFlashAttribute("notice", "sample.drawn");
                redirect.addFlashAttribute("noticeArguments", new Object[] {String.valueOf(seed)});
                return back(partnership, exercise);
            } catch (ExerciseRejectedException rejected) {
                errors.rejectValue("seed", rejected.messageKey(), rejected.arguments(), rejected.messageKey());
            } catch (ConcurrentChangeException conflict) {
                errors.rejectValue("seed", "exercise.conflict", "exercise.conflict");
            }
        }
        return page(partnership, exercise, actor, model);
    }

    @PostMapping(BASE + "/{exercise}/sample/add")
    String add(@PathVariable String partnership, @PathVariable long exercise, @Valid @ModelAttribute AddForm addForm,
            BindingResult errors, Authentication actor, Model model, RedirectAttributes redirect) {
        RecordReadingExercise e = exercises.get(partnership, exercise, actor);
        policy.requireLead(actor, partnership);
        if (!errors.hasErrors()) {
            try {
                String label = samples.add(e.id(), addForm.addReference(), addForm.addReason(), addForm.version(), actor);
                redirect.addFlashAttribute("notice", "sample.added");
                redirect.addFlashAttribute("noticeArguments", new Object[] {addForm.addReference().strip(), label});
                return back(partnership, exercise);
            } catch (ExerciseRejectedException rejected) {
                String field = Map.of("reason", "addReason").getOrDefault(rejected.field(), "addReference");
                errors.rejectValue(field, rejected.messageKey(), rejected.arguments(), rejected.messageKey());
            } catch (ConcurrentChangeException conflict) {
                errors.rejectValue("addReference", "exercise.conflict", "exercise.conflict");
            }
        }
        return page(partnership, exercise, actor, model);
    }

    @PostMapping(BASE + "/{exercise}/sample/swap")
    String swap(@PathVariable String partnership, @PathVariable long exercise, @Valid @ModelAttribute SwapForm swapForm,
            BindingResult errors, Authentication actor, Model model, RedirectAttributes redirect) {
        RecordReadingExercise e = exercises.get(partnership, exercise, actor);
        policy.requireLead(actor, partnership);
        if (!errors.hasErrors()) {
            try {
                String label = samples.swap(e.id(), swapForm.label(), swapForm.swapReference(), swapForm.swapReason(),
                        swapForm.version(), actor);
                redirect.addFlashAttribute("notice", "sample.swapped");
                redirect.addFlashAttribute("noticeArguments", new Object[] {swapForm.label(), swapForm.swapReference().strip(), label});
                return back(partnership, exercise);
            } catch (ExerciseRejectedException rejected) {
                String field = Map.of("reason", "swapReason", "label", "label").getOrDefault(rejected.field(), "swapReference");
                errors.rejectValue(field, rejected.messageKey(), rejected.arguments(), rejected.messageKey());
            } catch (ConcurrentChangeException conflict) {
                errors.rejectValue("label", "exercise.conflict", "exercise.conflict");
            }
        }
        return page(partnership, exercise, actor, model);
    }

    private String page(String partnership, long id, Authentication actor, Model model) {
        RecordReadingExercise exercise = exercises.get(partnership, id, actor);
        model.addAttribute("partnership", partnerships.get(partnership));
        model.addAttribute("details", exercises.details(exercise.id(), actor));
        model.addAttribute("cycleTitles", cycleTitles(partnership, actor));
        model.addAttribute("mayRun", exercises.mayRun(partnership, actor));
        int version = exercise.version();
        if (!model.containsAttribute("drawForm")) {
            model.addAttribute("drawForm", new DrawForm("", version));
        }
        if (!model.containsAttribute("addForm")) {
            model.addAttribute("addForm", new AddForm("", "", version));
        }
        if (!model.containsAttribute("swapForm")) {
            model.addAttribute("swapForm", new SwapForm("", "", "", version));
        }
        model.addAttribute("version", version);
        model.addAttribute("categories", scot.triangulate.recordreading.RecordCategory.inOrder());
        return "recordreading/exercise";
    }

    private String form(String partnership, Authentication actor, Model model) {
        model.addAttribute("partnership", partnerships.get(partnership));
        model.addAttribute("cycles", exercises.cycles(partnership, actor));
        return "recordreading/new";
    }

    private Map<Long, String> cycleTitles(String partnership, Authentication actor) {
        Map<Long, String> titles = new java.util.HashMap<>();
        exercises.cycles(partnership, actor).forEach(c -> titles.put(c.id(), c.title()));
        return titles;
    }

    private static String back(String partnership, long exercise) {
        return "redirect:/partnerships/" + partnership + "/record-reading/" + exercise + "#notice";
    }
}
