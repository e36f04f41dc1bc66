import Handlebars from "handlebars";

// Compiled templates by their handlebars instance and text: the runs of --watch compile a template
// again only when its text changed.
const compiled = new WeakMap<typeof Handlebars, Map<string, Handlebars.TemplateDelegate>>();

/** A template's text compiled (no HTML escaping, strict: a missing field is an error), once per text. */
export function compileTemplate(text: string, instance: typeof Handlebars = Handlebars): Handlebars.TemplateDelegate {
  let byText = compiled.get(instance);
  if (byText === undefined) {
    byText = new Map();
    compiled.set(instance, byText);
  }
  let template = byText.get(text);
  if (template === undefined) {
    template = instance.compile(text, { noEscape: true, strict: true });
    byText.set(text, template);
  }
  return template;
}
