from __future__ import annotations

import pytest

from summarizers.algorithms import ALGORITHMS, summarize
from summarizers.document import parse_document
from summarizers.languages import supported_languages

# A short news-like article per supported language: a headline, then paragraphs.
ARTICLES: dict[str, str] = {
    "english": """Storm closes schools across the north

A powerful storm closed hundreds of schools across the north of the country on Monday.
Forecasters said winds of up to 120 kilometres an hour would continue until Tuesday evening. \
Several roads were blocked by fallen trees, and trains between the two largest cities were cancelled.

The regional government asked residents to stay at home unless their journey was essential. \
Emergency services said they had received more than two thousand calls since Sunday night.

Farmers warned that the storm could damage crops that were due to be harvested next week.""",
    "czech": """Bouře zavřela školy na severu země

Silná bouře v pondělí uzavřela stovky škol na severu země.
Meteorologové uvedli, že vítr o rychlosti až 120 kilometrů za hodinu potrvá do úterního večera. \
Několik silnic zablokovaly spadlé stromy a vlaky mezi dvěma největšími městy byly zrušeny.

Krajský úřad požádal obyvatele, aby zůstali doma, pokud jejich cesta není nezbytná. \
Záchranné služby uvedly, že od neděle večer přijaly více než dva tisíce hovorů.

Zemědělci varovali, že bouře může poškodit úrodu, která se měla sklízet příští týden.""",
    "french": """La tempête ferme les écoles du nord

Une violente tempête a fermé lundi des centaines d'écoles dans le nord du pays.
Les météorologues ont indiqué que des vents allant jusqu'à 120 kilomètres par heure souffleraient \
jusqu'à mardi soir. Plusieurs routes ont été bloquées par des arbres tombés, et les trains entre \
les deux plus grandes villes ont été annulés.

Le gouvernement régional a demandé aux habitants de rester chez eux sauf en cas de déplacement \
indispensable. Les services de secours ont déclaré avoir reçu plus de deux mille appels depuis \
dimanche soir.

Les agriculteurs craignent que la tempête n'endommage les récoltes prévues la semaine prochaine.""",
    "german": """Sturm schließt Schulen im Norden

Ein heftiger Sturm hat am Montag Hunderte Schulen im Norden des Landes geschlossen.
Meteorologen sagten, Windböen von bis zu 120 Kilometern pro Stunde würden bis Dienstagabend \
anhalten. Mehrere Straßen wurden durch umgestürzte Bäume blockiert, und Züge zwischen den beiden \
größten Städten fielen aus.

Die Landesregierung bat die Bewohner, zu Hause zu bleiben, wenn ihre Fahrt nicht notwendig sei. \
Die Rettungsdienste erhielten nach eigenen Angaben seit Sonntagabend mehr als zweitausend Anrufe.

Landwirte warnten, der Sturm könne Ernten beschädigen, die nächste Woche eingebracht werden sollten.""",
    "italian": """La tempesta chiude le scuole del nord

Una violenta tempesta ha chiuso lunedì centinaia di scuole nel nord del paese.
I meteorologi hanno detto che venti fino a 120 chilometri orari continueranno fino a martedì sera. \
Diverse strade sono state bloccate da alberi caduti e i treni tra le due città più grandi sono \
stati cancellati.

Il governo regionale ha chiesto ai residenti di restare a casa se il viaggio non è essenziale. \
I servizi di emergenza hanno detto di aver ricevuto più di duemila chiamate da domenica sera.

Gli agricoltori temono che la tempesta possa danneggiare i raccolti previsti per la prossima settimana.""",
    "portuguese": """Tempestade fecha escolas no norte

Uma forte tempestade fechou centenas de escolas no norte do país na segunda-feira.
Os meteorologistas disseram que ventos de até 120 quilômetros por hora continuarão até a noite de \
terça-feira. Várias estradas foram bloqueadas por árvores caídas, e os trens entre as duas maiores \
cidades foram cancelados.

O governo regional pediu aos moradores que ficassem em casa, a menos que a viagem fosse essencial. \
Os serviços de emergência disseram ter recebido mais de duas mil chamadas desde domingo à noite.

Os agricultores alertaram que a tempestade pode danificar colheitas previstas para a próxima semana.""",
    "spanish": """La tormenta cierra escuelas en el norte

Una fuerte tormenta cerró el lunes cientos de escuelas en el norte del país.
Los meteorólogos dijeron que los vientos de hasta 120 kilómetros por hora continuarán hasta el \
martes por la noche. Varias carreteras quedaron bloqueadas por árboles caídos y se cancelaron los \
trenes entre las dos ciudades más grandes.

El gobierno regional pidió a los vecinos que se quedaran en casa salvo que su viaje fuera esencial. \
Los servicios de emergencia dijeron haber recibido más de dos mil llamadas desde el domingo por la noche.

Los agricultores advirtieron que la tormenta podría dañar cosechas previstas para la próxima semana.""",
    "swedish": """Storm stänger skolor i norr

En kraftig storm stängde på måndagen hundratals skolor i norra delen av landet.
Meteorologer sade att vindar på upp till 120 kilometer i timmen skulle fortsätta till tisdag kväll. \
Flera vägar blockerades av nedfallna träd, och tåg mellan de två största städerna ställdes in.

Regionen bad invånarna att stanna hemma om resan inte var nödvändig. \
Räddningstjänsten uppgav att den hade tagit emot mer än två tusen samtal sedan söndag kväll.

Bönder varnade för att stormen kan skada skördar som skulle bärgas nästa vecka.""",
}


def test_every_supported_language_has_an_article() -> None:
    assert set(ARTICLES) == {language.name for language in supported_languages()}


def test_every_public_algorithm_supports_every_language() -> None:
    for algorithm in ALGORITHMS.values():
        assert algorithm.languages is None, algorithm.name


@pytest.mark.parametrize("language", sorted(ARTICLES))
@pytest.mark.parametrize("algorithm", sorted(ALGORITHMS))
def test_every_algorithm_summarizes_a_short_article_in_every_language(language: str, algorithm: str) -> None:
    text = ARTICLES[language]
    document = parse_document(text, language=language)
    assert document.language.name == language
    assert document.headline is not None
    assert len(document.candidates) == 6, [s.text for s in document.candidates]
    summary = summarize(document, algorithm=algorithm, sentences=3)
    assert len(summary.sentences) == 3
    for sentence in summary.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert document.sentences[sentence.index].is_candidate
        assert 0.0 <= sentence.score <= 1.0


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_the_news_summary_of_flat_text_starts_with_the_lead_sentence_in_every_language(language: str) -> None:
    body = ARTICLES[language].split("\n\n", 1)[1]
    flat = " ".join(body.split())
    document = parse_document(flat, language=language)
    summary = summarize(document, algorithm="news", sentences=3)
    assert summary.sentences[0].index == 0


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_stop_words_of_the_language_do_not_make_sentences_similar(language: str) -> None:
    # The vectorised algorithms stem and drop stop words per language: two sentences
    # sharing only stop words must not be linked, whichever the language.
    from summarizers.algorithms.fast import content_term

    document = parse_document(ARTICLES[language], language=language)
    term_of = content_term(language)
    stems = [[term for term in map(term_of, sentence.words) if term] for sentence in document.candidates]
    assert all(stems), "every sentence keeps content words"
    assert sum(len(s) for s in stems) < sum(len(sentence.words) for sentence in document.candidates)


@pytest.mark.parametrize("language", sorted(ARTICLES))
@pytest.mark.parametrize("algorithm", sorted(ALGORITHMS))
def test_words_of_a_caseless_script_are_summarized_without_warnings(language: str, algorithm: str) -> None:
    # Warnings are errors in the test run: sumy's Czech stemmer warns on "mixed case"
    # words, which is what a word of a caseless script looks like to it.
    document = parse_document("ᨀ ᨁᨂ. 漢字 テキスト です。 Ꭰ ꭰ.", language=language)
    summary = summarize(document, algorithm=algorithm, sentences=2)
    assert len(summary.sentences) <= 2
