#pragma once

#include "forum.h"
#include "vocabulary.h"

#include <QSet>
#include <QString>

namespace cordee {

/// A key for a new theme or room, made from its title: the distinctive words folded to ASCII capitals and
/// joined by '-' ("Financing the SSE" → "FINANCING-SSE", "Salle Nelson Mandela" → "SALLE-NELSON-MANDELA"),
/// at most 24 characters, `fallback` when no word is left, and "-2", "-3"… when the key is taken.
QString keyFromTitle(const QString &title, const QSet<QString> &taken, const QString &fallback);

/// A key for a new time slot of day `dayNumber` (1 for the forum's first day): "D2-W4" for the fourth
/// workshop slot, "D1-CONF", "D1-CONF2", "D3-RT", "D2-BREAK3"…, never one in `taken`.
QString timeSlotKey(int dayNumber, SlotKind kind, const QSet<QString> &taken);

/// A key for a new workshop, the way the formation names the workshops it plans: "D1-W1-T2-fr-1" (slot,
/// theme, language, number), or "D1-W1-1" without theme or language; never one in `taken`.
QString workshopKey(const QString &slotKey, const QString &themeKey, const QString &language,
                    const QSet<QString> &taken);

/// How a time slot is named to people, in the default locale: "Wed 14 Oct · 13:30" (`separator` between the
/// day and the time).
QString timeSlotLabel(const TimeSlot &slot, const QString &separator = QStringLiteral(" · "));

} // namespace cordee
