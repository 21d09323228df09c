import { useRef, useState, type FormEvent } from 'react';
import { formErrors, type FormErrors } from '../errors';
import { graphql } from '../gql';
import type { SolutionForm_SolutionFragment as Listing } from '../gql/graphql';
import { Alert } from '../ui/Alert';
import { SelectField, TextField } from '../ui/Field';
import { TextAreaField } from '../ui/TextAreaField';
import { useFocusFirstInvalid } from '../ui/focus-first-invalid';

export const SolutionForm_SolutionFragment = graphql(`
  fragment SolutionForm_Solution on Solution {
    name
    slug
    summary
    description
    category
    tags
    baseUrl
    documentationUrl
    publishedAt
  }
`);

const FIELDS = ['name', 'slug', 'summary', 'description', 'category', 'tags', 'baseUrl', 'documentationUrl'] as const;
type Field = (typeof FIELDS)[number];

/** The listing as sent to `createSolution` / `updateSolution`. */
export interface ListingValues {
  name: string;
  slug: string;
  summary: string;
  description: string;
  category: string;
  tags: string[];
  baseUrl: string;
  documentationUrl: string | null;
}

/** "text-summarizer" from "Text Summarizer!": the slug a name suggests. */
function slugFromName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** Tags typed as "nlp, text  summaries" → ["nlp", "text", "summaries"]: lower-case, no repeats. */
function parseTags(text: string): string[] {
  return [...new Set(text.split(/[,\s]+/).map((tag) => tag.trim().toLowerCase()).filter(Boolean))];
}

/** The catalog listing of a solution: name, slug, texts, category, tags and URLs, with the server's errors on the fields. */
export function SolutionForm({ solution, categories, submitLabel, onSubmit, disabled }: {
  solution?: Listing | undefined;
  categories: readonly string[];
  submitLabel: string;
  onSubmit: (values: ListingValues) => Promise<void>;
  disabled?: boolean;
}) {
  const [name, setName] = useState(solution?.name ?? '');
  const [slug, setSlug] = useState(solution?.slug ?? '');
  const [slugTouched, setSlugTouched] = useState(Boolean(solution));
  const [summary, setSummary] = useState(solution?.summary ?? '');
  const [description, setDescription] = useState(solution?.description ?? '');
  const [category, setCategory] = useState(solution?.category ?? categories[0] ?? '');
  const [tags, setTags] = useState(solution?.tags.join(', ') ?? '');
  const [baseUrl, setBaseUrl] = useState(solution?.baseUrl ?? '');
  const [documentationUrl, setDocumentationUrl] = useState(solution?.documentationUrl ?? '');
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {} });
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const slugLocked = Boolean(solution?.publishedAt);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({ fields: {} });
    setSaved(false);
    setSaving(true);
    try {
      await onSubmit({
        name: name.trim(),
        slug: slug.trim(),
        summary: summary.trim(),
        description,
        category,
        tags: parseTags(tags),
        baseUrl: baseUrl.trim(),
        documentationUrl: documentationUrl.trim() || null,
      });
      setSaved(true);
    } catch (error) {
      setErrors(formErrors(error, FIELDS));
    } finally {
      setSaving(false);
    }
  }

  const categoryOptions = categories.map((each) => ({ value: each, label: each }));
  if (category && !categories.includes(category)) categoryOptions.unshift({ value: category, label: category });
  return (
    <form ref={form} className="partner-form" onSubmit={submit} aria-label="Listing">
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      <fieldset className="plain-fieldset" disabled={disabled}>
        <div className="form-grid">
          <TextField
            label="Name"
            required
            maxLength={100}
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              if (!slugTouched) setSlug(slugFromName(event.target.value));
            }}
            error={errors.fields.name}
          />
          <TextField
            label="Slug"
            required
            readOnly={slugLocked}
            value={slug}
            onChange={(event) => {
              setSlugTouched(true);
              setSlug(event.target.value);
            }}
            hint={
              slugLocked
                ? 'Fixed since the solution was first published.'
                : `3 to 60 lower-case letters, digits and dashes; the catalog URL is /solutions/${slug || '…'}.`
            }
            error={errors.fields.slug}
          />
        </div>
        <TextField
          label="Summary"
          required
          maxLength={200}
          value={summary}
          onChange={(event) => setSummary(event.target.value)}
          hint="One line, up to 200 characters, shown on the catalog card."
          error={errors.fields.summary}
        />
        <TextAreaField
          label="Description (Markdown)"
          required
          rows={8}
          maxLength={20000}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          hint="What it does, how to call it, limits. Markdown, up to 20,000 characters."
          error={errors.fields.description}
        />
        <div className="form-grid">
          <SelectField
            label="Category"
            required
            value={category}
            options={categoryOptions}
            onChange={(event) => setCategory(event.target.value)}
            error={errors.fields.category}
          />
          <TextField
            label="Tags"
            value={tags}
            onChange={(event) => setTags(event.target.value)}
            hint="Up to 10, separated by commas or spaces."
            error={errors.fields.tags}
          />
          <TextField
            label="Base URL"
            type="url"
            required
            placeholder="https://api.example.com"
            value={baseUrl}
            onChange={(event) => setBaseUrl(event.target.value)}
            hint="Where callers reach the API."
            error={errors.fields.baseUrl}
          />
          <TextField
            label="Documentation URL (optional)"
            type="url"
            placeholder="https://docs.example.com"
            value={documentationUrl}
            onChange={(event) => setDocumentationUrl(event.target.value)}
            error={errors.fields.documentationUrl}
          />
        </div>
      </fieldset>
      {saved && <Alert tone="success">Saved.</Alert>}
      <div className="form-actions">
        <button type="submit" className="button" disabled={saving || disabled}>
          {saving ? 'Saving…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
