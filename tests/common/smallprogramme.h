#pragma once
// A small forum for the programme's tests: two days, three themes, three rooms, two workshop slots and
// plenary items, six participants, two workshops with members.

#include "forumdata.h"

namespace cordee::test {

inline TimeSlot makeSlot(const char *key, int day, QTime start, QTime end, SlotKind kind, const char *title,
                         const char *room)
{
    return TimeSlot{0,    QString::fromLatin1(key), QDate(2026, 10, 14).addDays(day), start, end,
                    kind, QString::fromUtf8(title), QString::fromLatin1(room)};
}

/// Day 1: D1-CONF (conference, HALL, 09:30–11:00), D1-LUNCH (break, 12:00–13:00), D1-W1 (workshops,
/// 13:30–15:30: W1-A in ATLAS with people 1–4, W1-B in BAOBAB with people 5–6). Day 2: D2-W2 (workshops,
/// 10:00–12:00, empty) and D2-RT (round table, HALL, 14:00–15:00). Person 6 misses D2-W2. Theme T3 is
/// used by nothing.
inline ForumData smallProgrammeForum()
{
    ForumData data;
    data.info.title = QStringLiteral("Small forum");
    data.info.startDate = QDate(2026, 10, 14);
    data.info.endDate = QDate(2026, 10, 15);
    data.info.languages = {QStringLiteral("fr"), QStringLiteral("en")};
    data.info.workshopMin = 2;
    data.info.workshopMax = 6;
    data.themes << Theme{0, QStringLiteral("T1"), QStringLiteral("Financing"), QStringLiteral("Money")}
                << Theme{0, QStringLiteral("T2"), QStringLiteral("Commons"), QString()}
                << Theme{0, QStringLiteral("T3"), QStringLiteral("Training"), QString()};
    data.rooms << Room{0, QStringLiteral("ATLAS"), QStringLiteral("Atlas"), 10}
               << Room{0, QStringLiteral("BAOBAB"), QStringLiteral("Baobab"), 8}
               << Room{0, QStringLiteral("HALL"), QStringLiteral("Main hall"), 100};
    data.timeSlots << makeSlot("D1-CONF", 0, QTime(9, 30), QTime(11, 0), SlotKind::Conference, "Opening",
                               "HALL")
                   << makeSlot("D1-LUNCH", 0, QTime(12, 0), QTime(13, 0), SlotKind::Break, "Lunch", "")
                   << makeSlot("D1-W1", 0, QTime(13, 30), QTime(15, 30), SlotKind::Workshops, "", "")
                   << makeSlot("D2-W2", 1, QTime(10, 0), QTime(12, 0), SlotKind::Workshops, "", "")
                   << makeSlot("D2-RT", 1, QTime(14, 0), QTime(15, 0), SlotKind::RoundTable, "Round table",
                               "HALL");
    Workshop a;
    a.key = QStringLiteral("W1-A");
    a.slot = QStringLiteral("D1-W1");
    a.theme = QStringLiteral("T1");
    a.room = QStringLiteral("ATLAS");
    a.language = QStringLiteral("fr");
    Workshop b = a;
    b.key = QStringLiteral("W1-B");
    b.theme = QStringLiteral("T2");
    b.room = QStringLiteral("BAOBAB");
    data.workshops << a << b;
    const char *names[] = {"Awa", "Bruno", "Carmen", "Dilnoza", "Élodie", "Fatou"};
    for (int i = 0; i < 6; ++i) {
        Participant p;
        p.firstName = QString::fromUtf8(names[i]);
        p.lastName = QStringLiteral("Test");
        p.country = QStringLiteral("FR");
        p.languages = {QStringLiteral("fr")};
        p.preferences = {i < 4 ? QStringLiteral("T1") : QStringLiteral("T2")};
        if (i == 5)
            p.unavailableSlots = {QStringLiteral("D2-W2")};
        data.participants << p;
        data.assignments << AssignmentData{i, i < 4 ? a.key : b.key, false};
    }
    return data;
}

} // namespace cordee::test
