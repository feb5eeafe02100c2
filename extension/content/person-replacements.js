/*
 * What can stand in for a person's name besides the companion's initials: a role word that fits
 * what the post is about (« ma cliente », « un collègue », 'my client', 'a colleague') and a plain
 * « [nom retiré] ». The role is read from cue words in the post, and its gender from a feminine
 * cue (« cliente », « elle ») when there is one; with no cue, a neutral word.
 */
(function (GardeFou) {
  "use strict";

  // [cue pattern, French masculine, French feminine, English], first match wins.
  const ROLES = [
    [/\b(client|cliente|clients|dossier|tribunal|cour|mandat|avocat|avocate|proc[eè]s|court|lawyer|case|attorney)\b/i, "mon client", "ma cliente", "my client"],
    [/\b(coll[eè]gue|coll[eè]gues|[ée]quipe|bureau|r[ée]union|travail|colleague|colleagues|team|office|meeting)\b/i, "un collègue", "une collègue", "a colleague"],
    [/\b(enfant|enfants|jeune|jeunes|famille d'accueil|dpj|[ée]l[eè]ve|child|kid|youth|foster)\b/i, "un jeune", "une jeune", "a young person"],
    [/\b(athl[eè]te|joueur|joueuse|[ée]quipe sportive|entra[iî]nement|player|athlete|coach)\b/i, "un athlète", "une athlète", "an athlete"],
  ];
  const FEMININE = /\b(cliente|avocate|joueuse|elle|madame|mme)\b/i;

  function roleWord(postText, language) {
    const english = language === "en";
    const role = ROLES.find(([cue]) => cue.test(postText));
    if (!role) return english ? "someone" : "une personne";
    if (english) return role[3];
    return FEMININE.test(postText) ? role[2] : role[1];
  }

  // A name that opens a sentence is replaced by a word with a capital (« Ma cliente a gagné »).
  function opensSentence(postText, start) {
    return typeof start === "number" && /(^|[.!?…]\s+|\n\s*)$/u.test(postText.slice(0, start));
  }

  // The replacements offered for a PERSON finding: the companion's first, then the role word and
  // the plain removal, without repeats.
  function personReplacements(finding, postText, language) {
    const role = roleWord(postText, language);
    const offered = [
      finding.suggestion?.replacement,
      ...(finding.suggestion?.alternatives || []),
      opensSentence(postText, finding.start) ? role[0].toUpperCase() + role.slice(1) : role,
      language === "en" ? "[name removed]" : "[nom retiré]",
    ].filter((replacement) => typeof replacement === "string" && replacement.trim());
    return [...new Set(offered)];
  }

  GardeFou.personReplacements = { personReplacements, roleWord };
})(globalThis.GardeFou);
