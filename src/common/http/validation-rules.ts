import { getMetadataStorage } from 'class-validator';

type Storage = ReturnType<typeof getMetadataStorage>;
type Rules = ReturnType<Storage['getTargetValidationMetadatas']>;

let remembered = false;

/**
 * class-validator works out a class's rules again on every validation, walking every validated class
 * of the app to find its ancestors: with a few hundred DTOs, that walk was a tenth of a small
 * request's cost. The rules only change while classes are being declared (a decorator adds one), so
 * they are remembered per class and question, and forgotten whenever a rule is added.
 */
export function rememberValidationRules(): void {
  if (remembered) return;
  remembered = true;
  const storage: Storage = getMetadataStorage();
  const workOut = storage.getTargetValidationMetadatas.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let known = new Map<unknown, Map<string, Rules>>();
  storage.addValidationMetadata = (metadata) => {
    known = new Map();
    add(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const question = `${String(schema)}\u0000${String(always)}\u0000${String(strictGroups)}\u0000${(groups ?? []).join('\u0000')}`;
    const byQuestion = known.get(target) ?? new Map<string, Rules>();
    known.set(target, byQuestion);
    let rules = byQuestion.get(question);
    if (!rules) byQuestion.set(question, (rules = workOut(target, schema, always, strictGroups, groups)));
    // A copy: the caller is free to change what it is given.
    return rules.slice();
  };
}
