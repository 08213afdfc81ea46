/**
 * Combined groups in the report settings: up to four, each up to three groups a pupil must all be in
 * (for example disadvantaged, boys and White British), saved as the keys the report reads
 * (core/report/groupConditionKeys.ts) so a group survives a renamed label.
 */
import { ETHNICITY_CODES } from '../report/ethnicity';
import { ETHNICITY_PREFIX } from '../report/groupConditionKeys';
import { FAMILIES } from '../report/groups';
import type { ReportSettings } from '../report/settings';
import { button, el, selectBox, uniqueId } from './dom';
import { fieldError, showProblem } from './reportSettingFields';
import type { PanelSession } from './session';

/** The most groups one combined group joins, and the most combined groups, as the settings allow. */
const MOST_CONDITIONS = 3;
const MOST_COMBINED_GROUPS = 4;
const NONE = '';

/** Every group a combined group can use, as [key, what the panel shows]. */
export const CONDITION_CHOICES: readonly (readonly [string, string])[] = [
  ...FAMILIES.flatMap((family) => family.groups.map((group) => [group.key, group.label] as const)),
  ...Object.entries(ETHNICITY_CODES).map(([code, name]) => [`${ETHNICITY_PREFIX}${code}`, `${name} (${code})`] as const),
];

/** Up to four combined groups, each up to three groups at once (for example disadvantaged, boys and White British). */
export function combinedGroupsBox(session: PanelSession, saved: ReportSettings): HTMLElement {
  const error = fieldError();
  const list = el('div', { className: 'tl-combined-groups' });
  const add = button('Add a combined group');
  let groups: string[][] = saved.combinedGroups.map((group) => [...group.conditions]);
  const save = () => {
    const combinedGroups = groups.map((conditions) => ({ conditions: conditions.filter((condition) => condition !== NONE) }));
    showProblem(error, [...list.querySelectorAll('select')], session.setReportSettings({ combinedGroups }));
  };
  const draw = () => {
    list.replaceChildren(
      ...groups.map((conditions, groupIndex) => {
        const selects = Array.from({ length: MOST_CONDITIONS }, (_, at) => {
          const id = uniqueId('combined-condition');
          const options = at === 0 ? CONDITION_CHOICES : [[NONE, '(none)'] as const, ...CONDITION_CHOICES];
          const select = selectBox(id, options, conditions[at] ?? (at === 0 ? CONDITION_CHOICES[0]![0] : NONE));
          select.setAttribute('aria-describedby', error.id);
          select.addEventListener('change', () => {
            groups[groupIndex]![at] = select.value;
            save();
          });
          return el('div', {}, [el('label', { text: at === 0 ? 'Pupils who are' : 'and', attrs: { for: id } }), select]);
        });
        const remove = button('Remove this group');
        remove.addEventListener('click', () => {
          groups = groups.filter((_, index) => index !== groupIndex);
          save();
          draw();
        });
        return el('fieldset', { className: 'tl-combined-group' }, [
          el('legend', { text: `Combined group ${groupIndex + 1}` }),
          ...selects,
          remove,
        ]);
      }),
    );
    add.hidden = groups.length >= MOST_COMBINED_GROUPS;
  };
  add.addEventListener('click', () => {
    groups = [...groups, [CONDITION_CHOICES[0]![0]]];
    save();
    draw();
  });
  draw();
  return el('div', { className: 'tl-field' }, [
    el('p', { className: 'tl-field-title', text: 'Combined groups' }),
    el('p', {
      className: 'tl-hint',
      text: 'Each is reported against everyone else. Ethnicity is read from the ethnicity column, as DfE codes (WBRI) or written out.',
    }),
    list,
    add,
    error,
  ]);
}
