#pragma once

#include "formationproblem.h"

#include <cstdint>

namespace cordee::formation {

/// What generateProblem() makes.
struct GeneratorSettings
{
    int participants = 350;
    int slotCount = 3;
    std::uint64_t seed = 1;
    double absence = 0.05; ///< share of people missing each slot
};

/// A forum shaped like the real ones, the same for a given seed on every machine (for tests and benchmarks):
/// 45 countries of Zipf-like sizes over 5 continents, Zipf-like organisations, about half women, 7
/// categories, 4 themes of uneven popularity with 2–4 ranked preferences each, French/English/Spanish with
/// some people speaking only one, and per slot ⌈attending / 12.5⌉ workshops whose themes and working
/// languages follow demand, in rooms of 12–30 seats.
Problem generateProblem(const GeneratorSettings &settings);

} // namespace cordee::formation
