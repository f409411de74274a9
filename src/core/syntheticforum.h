#pragma once

#include "forumdata.h"

namespace cordee {

/// A generated forum of `participants` people for benchmarks (`cordee-cli bench`) and load tests:
/// four themes (T1–T4), a programme with slots of every kind including three workshop slots (W1–W3),
/// enough rooms for those slots, people from 45 countries on the five continents with a Zipf-like spread
/// (one counted person at least in each country once there are 45 people), Zipf-like organisations, about
/// half women, 1–3 languages among fr/en/es/pt/ar, 2–4 ranked preferences and a few cancellations. No
/// workshops are defined: forming them is what the formation engine does.
///
/// Deterministic: the same arguments give the same forum on every machine (own generator, no standard
/// distributions). The data is valid for validateForumData(), so createForumFile() accepts it.
ForumData makeSyntheticForum(int participants, quint64 seed);

} // namespace cordee
