"""Quoted spans, Q&A transcripts, and who spoke each quote.

    finder        the entry point and the sieve, rule by rule, most reliable first
    spans         quotation marks paired into spans (with nested quotes), paragraphs
    transcripts   which paragraphs of a Q&A are questions and which are answers
    answers       each answer as a speech quote of whoever the label names
    headlines     headline grammar; lead_ins: quotes introduced by the sentence before
    continuation  a quote going on with the previous speaker's words
    afterwards    passes over every quote at the end: pull quotes, headline speakers,
                  credited lines, single marks that are no speech
    nested        quotes inside quotes; groups: joint statements
    onscreen      a frame's verdict, with a recap's characters speaking their lines
    speakers      the Attributor: frames (after a span), subjects (before it),
                  mentions (names as written), antecedents (pronouns and epithets),
                  genders (who the article calls she or he)
    names         full names, characters; single_names: one-word stars and bands;
                  verbs and cues: the wording
    lone_names    the evidence that a single name is a person's
    sentences     sentences of the masked text
"""
