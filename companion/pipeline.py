"""The analysis pipeline: text → language → recognizers → findings → policy rules → suggestions.

One `Pipeline` is built at start-up (models load once) and shared by every request; a lock
serialises the spaCy and recognizer step, which is not documented as thread-safe.

Bounded work. A request is held to a `Budget` (companion/budget.py: a deadline, its client
still there, no newer request from the same box), checked between steps and slices: spaCy gets
sentences in slices of at most SLICE_CHARS characters, the recognizers one bounded paragraph at
a time (segments.py), the whole-post steps with a turn between policy rules. Between slices the
lock goes to the waiting text that should finish first (companion/turns.py), so a short post
never waits behind a long one, nor shares the interpreter with it.

Incremental analysis. The browser extension sends the whole draft on every pause while the user
types, so most of each request was analysed a moment ago. Three levels (see
companion/nlp/segments.py for the cuts):
- sentence: spaCy runs on each sentence on its own; the doc is cached per (language, sentence);
- paragraph: the pattern recognizers (and Presidio's context words) run on each paragraph, on
  a doc joined from its sentences' docs; what they find is cached per (language, paragraph),
  with offsets relative to the paragraph;
- whole post, on every request: language detection, the PERSON recognizer (it carries names
  seen in one place to the rest of the post; its words and the scores of its candidates are
  kept per paragraph, see person/recognizer.py), the user's name lists, overlap resolution,
  the policy rules and the suggestions, on a doc joined from the paragraphs' docs.
A request only runs spaCy on the sentences, and the pattern recognizers on the paragraphs, it
has not seen. Because a post is always analysed this way, a cached analysis is the same as a
cold one (tests/pipeline/test_incremental.py). The caches are bounded LRUs in memory only.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult
from spacy.tokens import Doc

from companion.budget import UNBOUNDED, Budget
from companion.cache import LruCache
from companion.findings.model import MIN_SCORE, Finding, RuleRef
from companion.findings.overlaps import resolve_overlaps
from companion.language.detect import SUPPORTED, detect_language
from companion.language.detect import warm_up as warm_up_language
from companion.names import NameLists
from companion.nlp.engine import LocalSpacyNlpEngine
from companion.nlp.joined import Piece, Segment, artifacts, join, make_piece
from companion.nlp.segments import paragraphs, sentences
from companion.policy import PiiSpan, PolicyCatalog, PolicyContext, PolicyPack
from companion.recognizers import build_recognizers
from companion.recognizers.context import ContextEnhancer
from companion.suggestions.replacements import person_suggestion, placeholder_suggestion
from companion.text.normalize import NormalizedText, normalize
from companion.text.runs import cut_long_runs
from companion.turns import ShortFirstLock

#: Entities whose recognizer looks at the whole post (PERSON carries a name found in one place
#: to its other mentions), run on every request rather than per paragraph.
WHOLE_POST_ENTITIES = frozenset({"PERSON"})
#: Cache bounds. A 2,000-character post has about 15 sentences in 5 paragraphs; a cached
#: sentence or paragraph takes about 300 bytes per character of text, so each cache also
#: keeps at most CACHE_CHARACTERS characters of text (about 15 MB).
SENTENCE_CACHE_ENTRIES = 256
PARAGRAPH_CACHE_ENTRIES = 128
CACHE_CHARACTERS = 50_000
#: Most findings one answer carries (the first ones in text order); beyond, the answer says it
#: was truncated. A post with more is a list or a paste, not something to redact finding by
#: finding, and every finding costs work downstream (policy rules, suggestions, the page).
MAX_FINDINGS = 500
#: Policy evaluations kept, for a post sent again unchanged (the extension re-sends on pause,
#: /v1/redact analyses again).
POLICY_CACHE_ENTRIES = 16
#: Characters of sentences spaCy gets per turn of the lock (about 50 ms on a slow laptop; spaCy
#: holds the interpreter meanwhile, so this is also how long /v1/health may wait).
SLICE_CHARS = 1_000
_WARM_UP_TEXTS = {
    "fr": "Ma cliente Marie Tremblay habite au 1234, rue Principale à Laval.",
    "en": "My client Mary Smith lives at 12 Main Street in Toronto.",
}

#: (entity type, start, end, score), offsets relative to the paragraph.
_Pii = tuple[str, int, int, float]


@dataclass(frozen=True)
class AnalysisResult:
    language: str
    findings: list[Finding]
    elapsed_ms: float
    #: True when the post had more than MAX_FINDINGS findings and only the first are given.
    truncated: bool = False

    def to_json(self, ui_language: str) -> dict[str, object]:
        body: dict[str, object] = {
            "language": self.language,
            "findings": [f.to_json(f"f{i}", ui_language) for i, f in enumerate(self.findings, 1)],
            "elapsed_ms": round(self.elapsed_ms, 1),
        }
        if self.truncated:
            body["truncated"] = True
        return body

    def timed(self, elapsed_ms: float) -> AnalysisResult:
        return AnalysisResult(self.language, self.findings, elapsed_ms, self.truncated)


@dataclass(frozen=True)
class _Paragraph:
    """A paragraph's doc and what the paragraph-level recognizers found (read-only once cached)."""

    piece: Piece
    pii: tuple[_Pii, ...]
    #: what the whole-post steps derive from this paragraph alone (see Segment)
    memo: dict[object, object] = field(default_factory=dict)


@dataclass
class _Request:
    """One analysis between its steps (see `analyze_many`)."""

    original: str
    normalized: NormalizedText
    language: str
    pack: PolicyPack | None
    names: NameLists
    pieces: list[tuple[int, str]]  # paragraphs: (offset, text)
    own_ms: float
    budget: Budget = UNBOUNDED
    found: list[_Paragraph] | None = None


class Pipeline:
    def __init__(self, catalog: PolicyCatalog, names: NameLists | None = None, *,
                 cache_entries: tuple[int, int] = (SENTENCE_CACHE_ENTRIES,
                                                   PARAGRAPH_CACHE_ENTRIES)) -> None:
        self.catalog = catalog
        self.names = names or NameLists()
        self._nlp_engine = LocalSpacyNlpEngine()
        self._nlp_engine.load()
        registry = RecognizerRegistry(supported_languages=list(SUPPORTED))
        for language in SUPPORTED:
            for recognizer in build_recognizers(language):
                registry.add_recognizer(recognizer)
        self._analyzer = AnalyzerEngine(
            registry=registry, nlp_engine=self._nlp_engine, supported_languages=list(SUPPORTED),
            context_aware_enhancer=ContextEnhancer(),
        )
        entities = {lang: set(self._analyzer.get_supported_entities(lang)) for lang in SUPPORTED}
        self._paragraph_entities = {lang: sorted(e - WHOLE_POST_ENTITIES)
                                    for lang, e in entities.items()}
        self._post_entities = {lang: sorted(e & WHOLE_POST_ENTITIES)
                               for lang, e in entities.items()}
        self._lock = ShortFirstLock()
        self.sentence_cache: LruCache[Piece] = LruCache(cache_entries[0], CACHE_CHARACTERS)
        self.paragraph_cache: LruCache[_Paragraph] = LruCache(cache_entries[1], CACHE_CHARACTERS)
        self.policy_cache: LruCache[tuple] = LruCache(min(cache_entries[1], POLICY_CACHE_ENTRIES),
                                                      10 * CACHE_CHARACTERS)

    def warm_up(self) -> None:
        """Runs one analysis per language so the first user request is not the slow one."""
        warm_up_language()
        for language, text in _WARM_UP_TEXTS.items():
            self.analyze(text, language=language)

    def clear_caches(self) -> None:
        for cache in (self.sentence_cache, self.paragraph_cache, self.policy_cache):
            cache.clear()

    def analyze(
        self,
        text: str,
        *,
        language: str = "auto",
        policy: str | PolicyPack | None = None,
        always_flag: Sequence[str] = (),
        never_flag: Sequence[str] = (),
        budget: Budget = UNBOUNDED,
    ) -> AnalysisResult:
        """Analyses `text`; findings' offsets are code-point indices into `text` as given.

        `policy` is a pack id of the catalog, or a pack loaded from elsewhere (`policies --test`).
        Raises KeyError for an unknown policy id, Cancelled when `budget` runs out.
        """
        started = time.perf_counter()
        request = self._prepare(text, language, policy, always_flag, never_flag)
        request.budget = budget
        self._analyse_paragraphs([request], budget)
        return self._finish(request).timed((time.perf_counter() - started) * 1000)

    def analyze_many(self, items: Iterable[dict]) -> list[AnalysisResult | KeyError]:
        """Analyses several posts at once (batch mode): the sentences of all the posts go
        through spaCy together (`nlp.pipe`, per language). Each item holds `text` and optionally
        `language` and `policy`; an unknown policy gives a KeyError in that item's place.
        `elapsed_ms` is each post's own time plus its share of the shared steps."""
        prepared: list[_Request | KeyError] = []
        for item in items:
            try:
                prepared.append(self._prepare(item["text"], item.get("language") or "auto",
                                              item.get("policy"), (), ()))
            except KeyError as exc:
                prepared.append(exc)
        requests = [r for r in prepared if isinstance(r, _Request)]
        started = time.perf_counter()
        self._analyse_paragraphs(requests, UNBOUNDED)
        shared_ms = (time.perf_counter() - started) * 1000 / max(len(requests), 1)
        results: list[AnalysisResult | KeyError] = []
        for request in prepared:
            if isinstance(request, KeyError):
                results.append(request)
                continue
            result = self._finish(request)
            results.append(result.timed(result.elapsed_ms + request.own_ms + shared_ms))
        return results

    # -- steps ---------------------------------------------------------------------------------
    def _prepare(self, text: str, language: str, policy: str | PolicyPack | None,
                 always_flag: Sequence[str], never_flag: Sequence[str]) -> _Request:
        started = time.perf_counter()
        pack = (policy if isinstance(policy, PolicyPack)
                else self.catalog.get(policy) if policy else None)
        names = self.names.merged(always_flag, never_flag)
        normalized = normalize(text)
        lang = language if language in SUPPORTED else detect_language(normalized.text)
        pieces = paragraphs(normalized.text)
        return _Request(text, normalized, lang, pack, names, pieces,
                        (time.perf_counter() - started) * 1000)

    def _analyse_paragraphs(self, requests: Sequence[_Request],
                            budget: Budget = UNBOUNDED) -> None:
        """Fills each request's `found`, from the cache or by analysing the paragraphs not in it
        (their sentences through spaCy in one batch per language)."""
        missing: dict[str, dict[str, None]] = {}  # language → paragraph texts (ordered set)
        for request in requests:
            request.found = [self.paragraph_cache.get((request.language, piece))
                             for _, piece in request.pieces]
            for (_, piece), found in zip(request.pieces, request.found, strict=True):
                if found is None:
                    missing.setdefault(request.language, {})[piece] = None
        computed: dict[tuple[str, str], _Paragraph] = {}
        for lang, pieces in missing.items():
            for piece, paragraph in zip(pieces, self._paragraphs(list(pieces), lang, budget),
                                        strict=True):
                computed[lang, piece] = paragraph
        for request in requests:
            request.found = [found or computed[request.language, piece]
                             for (_, piece), found in zip(request.pieces, request.found,
                                                          strict=True)]

    def _paragraphs(self, pieces: list[str], lang: str, budget: Budget) -> list[_Paragraph]:
        """Each paragraph analysed, and cached, one turn of the lock at a time."""
        split = [[part for _, text in sentences(piece) for part in cut_long_runs(text)]
                 for piece in pieces]
        done = self._sentences([s for parts in split for s in parts], lang, budget)
        out = []
        for piece, parts in zip(pieces, split, strict=True):
            budget.check()
            with self._lock.hold(budget):
                joined = join([done[s] for s in parts])
                results = self._analyzer.analyze(
                    piece, language=lang, entities=self._paragraph_entities[lang],
                    nlp_artifacts=artifacts(joined, self._nlp_engine, lang),
                    score_threshold=MIN_SCORE,
                )
            paragraph = _Paragraph(joined, tuple(
                (r.entity_type, r.start, r.end, r.score) for r in results))
            self.paragraph_cache.put((lang, piece), paragraph, len(piece))
            out.append(paragraph)
        return out

    def _sentences(self, texts: list[str], lang: str, budget: Budget) -> dict[str, Piece]:
        """spaCy docs of `texts`, from the cache or made (and cached) SLICE_CHARS at a time."""
        docs: dict[str, Piece] = {}
        for text in texts:
            if text not in docs:
                cached = self.sentence_cache.get((lang, text))
                if cached is not None:
                    docs[text] = cached
        todo = list(dict.fromkeys(t for t in texts if t not in docs))
        for batch in _slices(todo, SLICE_CHARS):
            budget.check()
            with self._lock.hold(budget):
                processed = [make_piece(doc, self._nlp_engine, lang)
                             for doc in self._nlp_engine.docs(batch, lang)]
            for text, piece in zip(batch, processed, strict=True):
                docs[text] = piece
                self.sentence_cache.put((lang, text), piece, len(text))
        return docs

    def policy_context(self, text: str, *, language: str = "auto",
                       policy: str | PolicyPack | None = None) -> PolicyContext:
        """What the policy rules read for `text` (for `check --explain`)."""
        request = self._prepare(text, language, policy, (), ())
        self._analyse_paragraphs([request])
        with self._lock.hold(request.budget):
            pii, doc, segments = self._resolved_pii(request)
        normalized = request.normalized.text
        return PolicyContext(text=normalized, language=request.language, doc=doc,
                             pii=[PiiSpan(r.entity_type, r.start, r.end,
                                          normalized[r.start:r.end]) for r in pii],
                             segments=segments)

    def _finish(self, request: _Request) -> AnalysisResult:
        """The whole-post steps after the paragraphs (run holding the lock, in turns)."""
        started = time.perf_counter()
        normalized, lang, pack, budget = (request.normalized, request.language, request.pack,
                                          request.budget)
        budget.check()
        with self._lock.hold(budget):  # the joined doc's words are in the shared vocab.
            pii, doc, segments = self._resolved_pii(request)
            self._lock.pass_turn(budget)
            truncated = len(pii) > MAX_FINDINGS
            pii = pii[:MAX_FINDINGS]
            findings = [self._pii_finding(r, normalized, request.original, lang, pack)
                        for r in pii]
            if pack is not None:
                findings += [self._policy_finding(hit, pack, normalized, request.original, lang)
                             for hit in self._policy_hits(pack, request, doc, pii, segments)]
        findings.sort(key=lambda f: (f.start, f.end, f.kind))
        truncated = truncated or len(findings) > MAX_FINDINGS
        return AnalysisResult(lang, findings[:MAX_FINDINGS],
                              (time.perf_counter() - started) * 1000, truncated)

    def _resolved_pii(self, request: _Request) -> tuple[list[RecognizerResult], Doc,
                                                        list[Segment]]:
        """The post's personal data (one finding per span), its joined doc and its paragraphs.
        Called holding the models' lock."""
        lang, names, budget = request.language, request.names, request.budget
        text = request.normalized.text
        results = [RecognizerResult(kind, offset + start, offset + end, score)
                   for (offset, _), paragraph in zip(request.pieces, request.found, strict=True)
                   for kind, start, end, score in paragraph.pii]
        segments = [Segment(offset, piece, paragraph.piece, paragraph.memo)
                    for (offset, piece), paragraph in zip(request.pieces, request.found,
                                                          strict=True)]
        whole = join([paragraph.piece for paragraph in request.found])
        if self._post_entities[lang]:
            results += self._analyzer.analyze(
                text, language=lang, entities=self._post_entities[lang],
                nlp_artifacts=artifacts(whole, self._nlp_engine, lang, segments),
                score_threshold=MIN_SCORE,
            )
        self._lock.pass_turn(budget)
        results = [r for r in results
                   if not (r.entity_type == "PERSON"
                           and names.is_never_flagged(text[r.start:r.end]))]
        results += [RecognizerResult("PERSON", s, e, 1.0)
                    for s, e in names.always_flagged_spans(text)]
        return resolve_overlaps(results), whole.doc, segments

    def _policy_hits(self, pack: PolicyPack, request: _Request, doc: Doc,
                     pii: list[RecognizerResult], segments: list[Segment]) -> tuple:
        text = request.normalized.text
        spans = tuple(PiiSpan(r.entity_type, r.start, r.end, text[r.start:r.end]) for r in pii)
        key = (pack, request.language, text, spans)
        hits = self.policy_cache.get(key)
        if hits is None:
            context = PolicyContext(text=text, language=request.language, doc=doc,
                                    pii=list(spans), segments=segments,
                                    checkpoint=lambda: self._lock.pass_turn(request.budget))
            hits = tuple(pack.evaluate(context))
            self.policy_cache.put(key, hits, len(text))
        return hits

    def _pii_finding(self, result: RecognizerResult, normalized: NormalizedText, original: str,
                     lang: str, pack: PolicyPack | None) -> Finding:
        entity = (pack or self.catalog.base).entity(result.entity_type)
        start, end = normalized.original_span(result.start, result.end)
        found = original[start:end]
        suggestion = (person_suggestion(normalized.text[result.start:result.end])
                      if result.entity_type == "PERSON"
                      else placeholder_suggestion(entity.placeholder, lang))
        return Finding(
            kind="pii", type=result.entity_type, start=start, end=end, text=found,
            severity=entity.severity, score=result.score, message=entity.message,
            suggestion=suggestion,
        )

    @staticmethod
    def _policy_finding(hit, pack: PolicyPack, normalized: NormalizedText, original: str,
                        lang: str) -> Finding:
        whole_post = hit.start == 0 and hit.end == len(normalized.text)
        start, end = ((0, len(original)) if whole_post
                      else normalized.original_span(hit.start, hit.end))
        return Finding(
            kind="policy", type=hit.category, start=start, end=end, text=original[start:end],
            severity=hit.severity, score=hit.score, message=hit.message,
            rule=RuleRef(policy=pack.id, id=hit.rule_id, source=hit.source, quote=hit.quote),
            suggestion=placeholder_suggestion(hit.replacement, lang) if hit.replacement else None,
        )


def _slices(texts: list[str], chars: int) -> list[list[str]]:
    """`texts` in order, in consecutive groups of about `chars` characters (at least one)."""
    groups: list[list[str]] = []
    size = 0
    for text in texts:
        if not groups or size + len(text) > chars:
            groups.append([])
            size = 0
        groups[-1].append(text)
        size += len(text)
    return groups
