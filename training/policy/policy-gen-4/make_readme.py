import subprocess, sys
stats = subprocess.run([sys.executable, "stats.py"], capture_output=True, text=True, check=True).stdout
HEAD = """# policy-gen-4 — TRAINING data for the multi-label policy-breach classifier

**This is TRAINING data, not evaluation data.** Do not use it to measure Garde-fou.

## Who wrote it, from what
Written by hand (one post at a time, no templates or generators) by a writer agent that had read only the seeds
(`/work/shared/seeds/`: the Barreau du Québec article, the law-firm social-media article, the RSEQ Montérégie
policy, the shelter guide, the CISSS de la Gaspésie RI-RTF sheet), the contract (`/work/shared/CONTRACT.md`) and
the eval-dev labelling conventions (`/work/shared/eval-dev/README.md`); it had not read the rules, recognizers,
word lists, code or training data of the project (nor the eval-dev corpus, nor other writers' folders).
All names, addresses, businesses-as-case-details, phone numbers and e-mails are invented (phones use 555; the one
court file number is invented). Public places (towns, courthouses, chains such as Tim's or Couche-Tard) are real
names used as generic settings.

## Files
- `batch-NN.jsonl` — the data, ~50 posts each, ids `pg4-bNN-NNN`.
- `batch_NN.py` — the source of each batch: posts written with inline entity markers `[[TYPE:text]]`.
- `common.py` — strips markers, computes offsets, asserts `text[start:end] == entity text`, checks that every
  rule category is one its pack can fire (eval-dev README list), that entity types are contract types, that no text
  repeats (within a batch or across batches), Luhn for SIN/cards, 555 for phones, and 600–1,500 characters for brief W.
- `stats.py` (counts below), `make_readme.py` (regenerates this file).
- Each `batch_NN.py` starts with the same 4-line header of pack/category abbreviations (B, L, R, S, C; CC, LOC, …).

Rebuild: `cd /work/train/policy-gen-4 && for f in batch_*.py; do python3 $f; done && python3 make_readme.py`
(build order matters only for the cross-batch duplicate check, which reads the other `batch-*.jsonl`).

## Record format
`{"id", "lang", "platform", "policy", "rules", "text", "entities", "brief"}` — as in the eval-dev README, plus
`brief` = the style-brief letter. `entities` holds only the spans written with markers (names, @handles'
name part, phones, e-mail, court file number); posts without markers have `entities: []`. Entities are
therefore NOT exhaustive for PII training; they are reliable where present.

## Style briefs (voices)
- P — night-shift worker posting at 3 a.m., tired, typos
- Q — board member or manager writing a formal thank-you or update
- R — sibling or friend defending someone in a comment war
- S — marketing intern writing promotional copy for a firm or organization
- T — trainer or teacher explaining a rule to newcomers (benign mostly)
- U — person answering a poll or a "tag someone who…" post
- V — two-line text-message style with abbreviations (pcq, tsé, jsp, idk, smh, ngl), no accents
- W — long thoughtful post (600–1,500 characters) with the breach, if any, in one clause

## Design
- Every batch mixes all five packs, ~50 % English / 50 % French, and ~45 % hard benign posts (`rules: []`).
- Many posts come as **near-pairs ("twins") kept in the same batch**: the same situation and voice, once with the
  breach and once without (e.g. a W post whose one clause names the client's bakery, and the same post with that
  clause replaced by a discreet sentence). Twins are adjacent in the batch file.
- Hard benign posts: general legal information, posts explaining the policy or the law (LPJ 11.2.1, Barreau
  recommendations, RSEQ rules), fair criticism of decisions, public events (marches, vigils, public info sessions,
  public administrative office), congratulations to colleagues who consented, and everyday uses of the trigger
  words (client, file, placement as investment, animal shelter, referee, report, keynote address, cyber threat,
  family).
- Positives are often implied: no "client"/"confidential" keyword, the breach carried by a detail (a workplace, a
  car, a child's school, a door code, a per-diem cut in a memo, "I know where he parks").

## Labelling judgement calls (doubts)
- CLIENT_CONFIDENTIALITY is given when a specific client or case is recognisable through case details even
  without a name (the Dorval warehouse fire, the surgeon's Cayman account). One law-firm post is written by a
  *client* tagging their lawyer and naming their own case; labelled CC by the convention's literal definition,
  though a client is not bound by the lawyer's duty (b04).
- barreau-qc LOCATION_DISCLOSURE: a named place tied to a client matter (courthouse room with a client, the
  detention centre before a client's bail hearing, a client's hospital). A courthouse named without a client
  matter is benign.
- shelter: a survivor's workplace / children's school / car / new flat is SURVIVOR_IDENTIFICATION; when it also
  says where she is living or can be found now, LOCATION_DISCLOSURE is added. The shelter's own location
  (next to the fire station, behind the church) is LOCATION_DISCLOSURE. Public administrative offices and public
  marches are benign.
- cisss-gaspesie: a staff member, resource person or user named/pictured without written consent =
  CONSENT_REQUIRED, added also to harassment posts that name a worker (HAR + CON). A child under the LPJ or its
  parents = CHILD_PROTECTION_IDENTIFICATION (the more specific category; the child is not also CON). A foster
  mother tagged together with the children she fosters got CPI + CON. Content of a user file or an incident
  report = CONFIDENTIAL_INFORMATION (with CPI when it also identifies a child).
- Rumours carry both HARASSMENT and DISPARAGEMENT (convention). Veiled threats ("I know what car you drive",
  "dis-je ça dis-je rien") are HARASSMENT; pile-on calls, doxxing, fake accounts are HARASSMENT.
- Disparagement in law-firm/barreau: insults of judges, opposing counsel, clients, clerks, competitors in ads.
  Mocking a client's attire in a case anecdote was labelled CC only (b09) — arguably DISPARAGEMENT too.
- Trainer (T) posts that *quote a real past breach as a bad example* and thereby repeat the identifying detail
  (the Rosemère dentist, the survivor's daycare in Saint-Rémi, a named child placed in Gaspé, a past shelter
  address) are labelled with that breach: re-publishing the detail is the breach. T posts that describe a
  forbidden pattern with placeholders or in general terms are benign. Two T posts that recommend a breach were
  written so that the author commits it in the post (his own "97 %, garanti" bio; asking his own clients for stars).
- barreau-qc LOCATION_DISCLOSURE without CLIENT_CONFIDENTIALITY when the place is tied to an unidentified client's
  matter (a courthouse late at night for "ma cliente"'s custody motion); both when the client is recognisable.
- In W posts the breach is one clause, so the rest of the post is benign-looking by design.
- PERSON labels follow the eval-dev convention: surnames used for a family or file (the Cormier kids, the
  Desrosiers family) are labelled; honorifics (Me, Mme, M., Mr., Mrs., Dr) are included in the span when written
  before the name.

- Benign twins keep generic cautions addressed to a named commenter ("signe rien avant d'avoir vu qqn", "call a
  legal clinic"): referral, not individual advice. Naming a colleague positively ("Tag a colleague…",
  congratulations) is benign in the lawyer packs, which have no consent category; in cisss-gaspesie a named
  staff member is benign only when written consent is stated.
- Entities: PERSON marks private names and @handles (name part); only a handful of contact/ID entities exist
  (one each of e-mail, health number, postal code, birth date, court file number; 3 phones; 4 street addresses).
  Town, street-without-number, school and business names are not entities.

## Counts

```
"""
open("README.md", "w", encoding="utf-8").write(HEAD + stats + "```\n")
print("README written")
