#include "workshopboard.h"

#include "countrytable.h"
#include "programmekeys.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace cordee {

namespace {

// The translation context of the board's texts.
struct WorkshopBoard
{
    Q_DECLARE_TR_FUNCTIONS(WorkshopBoard)
};

/// What both the board and the explanation need, indexed once.
struct Index
{
    QHash<qint64, const Participant *> people;
    QHash<qint64, int> personIndex; ///< participant id → the model's person index
    QHash<QString, int> workshopIndex;
    QHash<QString, const Workshop *> workshops;
    QHash<QString, QString> themeTitles;
    /// per earlier slot (model order, before the board's slot): participant id → workshop key
    QList<QHash<qint64, QString>> earlier;
    QStringList earlierSlotKeys;
    QHash<qint64, AssignmentRow> here; ///< this slot's placements by participant

    Index(const ForumSnapshot &forum, const FormationModel &model, int slot)
    {
        for (const Participant &p : forum.participants)
            people.insert(p.id, &p);
        for (int i = 0; i < model.personIds.size(); ++i)
            personIndex.insert(model.personIds.at(i), i);
        for (int i = 0; i < model.workshopKeys.size(); ++i)
            workshopIndex.insert(model.workshopKeys.at(i), i);
        for (const Workshop &w : forum.workshops)
            workshops.insert(w.key, &w);
        for (const Theme &t : forum.themes)
            themeTitles.insert(t.key, t.title);
        earlierSlotKeys = model.slotKeys.mid(0, qMax(0, slot));
        earlier.resize(earlierSlotKeys.size());
        for (const AssignmentRow &a : forum.assignments) {
            if (const qsizetype s = earlierSlotKeys.indexOf(a.slot); s >= 0)
                earlier[s].insert(a.participantId, a.workshop);
            else if (slot >= 0 && a.slot == model.slotKeys.at(slot))
                here.insert(a.participantId, a);
        }
    }

    QString nameOf(qint64 id) const
    {
        const Participant *p = people.value(id);
        return p ? p->displayName() : QString();
    }

    bool speaks(const FormationModel &model, qint64 id, const QString &workshopKey) const
    {
        const int p = personIndex.value(id, -1), w = workshopIndex.value(workshopKey, -1);
        if (p < 0 || w < 0)
            return true;
        const int language = model.problem.workshops[size_t(w)].language;
        const std::vector<int> &spoken = model.problem.people[size_t(p)].languages;
        return language < 0 || spoken.empty() ||
               std::find(spoken.cbegin(), spoken.cend(), language) != spoken.cend();
    }

    QStringList earlierThemes(qint64 id) const
    {
        QStringList out;
        for (const QHash<qint64, QString> &slot : earlier)
            if (const Workshop *w = workshops.value(slot.value(id)); w && !w->theme.isEmpty())
                out << w->theme;
        return out;
    }
};

BoardMember memberOf(const Index &index, const FormationModel &model, const Participant &p,
                     const Workshop *workshop, bool pinned)
{
    BoardMember m;
    m.participantId = p.id;
    m.name = p.displayName();
    m.country = p.country;
    m.organisation = p.organisation;
    m.gender = p.gender;
    m.pinned = pinned;
    if (workshop) {
        m.rank = int(p.preferences.indexOf(workshop->theme)) + 1;
        m.repeatedTheme = !workshop->theme.isEmpty() && index.earlierThemes(p.id).contains(workshop->theme);
        m.speaksLanguage = index.speaks(model, p.id, workshop->key);
    }
    return m;
}

int pairs(const QHash<QString, int> &counts)
{
    int n = 0;
    for (int c : counts)
        n += c * (c - 1) / 2;
    return n;
}

void addBalance(BoardCard &card, const Index &index)
{
    QHash<QString, int> countries, organisations;
    QSet<int> continents;
    for (const BoardMember &m : std::as_const(card.members)) {
        if (!m.country.isEmpty()) {
            ++countries[m.country];
            if (const Country *c = CountryTable::instance().find(m.country))
                continents.insert(int(c->continent));
        }
        if (const QString org = foldForSearch(m.organisation.trimmed()); !org.isEmpty())
            ++organisations[org];
        switch (m.gender) {
        case Gender::Female:
            ++card.women;
            break;
        case Gender::Male:
            ++card.men;
            break;
        case Gender::Other:
            ++card.otherGender;
            break;
        case Gender::NotStated:
            break;
        }
    }
    card.countries = int(countries.size());
    card.continents = int(continents.size());
    card.sameCountryPairs = pairs(countries);
    card.sameOrganisationPairs = pairs(organisations);
    card.loneGender = (card.women == 1 && card.men > 1) || (card.men == 1 && card.women > 1);
    for (int i = 0; i < card.members.size(); ++i)
        for (int j = i + 1; j < card.members.size(); ++j)
            for (const QHash<qint64, QString> &slot : index.earlier) {
                const QString a = slot.value(card.members.at(i).participantId);
                if (!a.isEmpty() && a == slot.value(card.members.at(j).participantId))
                    ++card.repeatedPairs;
            }
}

void addProblems(BoardCard &card)
{
    const int size = int(card.members.size());
    if (size < card.minSize)
        card.problems << WorkshopBoard::tr("%n member(s), fewer than the minimum of %1", nullptr, size)
                             .arg(card.minSize);
    if (size > card.upperBound)
        card.problems << WorkshopBoard::tr("%n member(s), more than the %1 it can hold", nullptr, size)
                             .arg(card.upperBound);
    for (const BoardMember &m : std::as_const(card.members))
        if (!m.speaksLanguage)
            card.problems << WorkshopBoard::tr("%1 does not speak the workshop's language (%2)")
                                 .arg(m.name, card.workshop.language);
}

bool byName(const BoardMember &a, const BoardMember &b)
{
    return QString::localeAwareCompare(a.name, b.name) < 0;
}

} // namespace

SlotBoard buildSlotBoard(const ForumSnapshot &forum, const FormationModel &model, const QString &slotKey)
{
    SlotBoard board;
    for (const TimeSlot &s : forum.timeSlots)
        if (s.key == slotKey)
            board.slot = s;
    const int slot = model.slotIndex(slotKey);
    const Index index(forum, model, slot);
    QHash<QString, int> rooms;
    QHash<QString, QString> roomNames;
    for (const Room &r : forum.rooms) {
        rooms.insert(r.key, r.capacity);
        roomNames.insert(r.key, r.name);
    }
    QHash<QString, qsizetype> cardOf;
    for (const Workshop &w : forum.workshops) {
        if (w.slot != slotKey)
            continue;
        BoardCard card;
        card.workshop = w;
        card.themeTitle = index.themeTitles.value(w.theme);
        card.roomName = roomNames.value(w.room);
        card.capacity = rooms.value(w.room, 0);
        card.minSize = forum.info.workshopMin;
        card.upperBound =
            card.capacity > 0 ? qMin(card.capacity, forum.info.workshopMax) : forum.info.workshopMax;
        card.facilitator = index.nameOf(w.facilitatorId);
        card.rapporteur = index.nameOf(w.rapporteurId);
        cardOf.insert(w.key, board.cards.size());
        board.cards << card;
    }
    for (const AssignmentRow &a : index.here) {
        const Participant *p = index.people.value(a.participantId);
        const auto c = cardOf.constFind(a.workshop);
        if (p && c != cardOf.cend())
            board.cards[*c].members << memberOf(index, model, *p, index.workshops.value(a.workshop),
                                                a.pinned);
    }
    for (BoardCard &card : board.cards) {
        std::sort(card.members.begin(), card.members.end(), byName);
        addBalance(card, index);
        addProblems(card);
    }
    if (slot >= 0)
        for (int p = 0; p < model.personIds.size(); ++p) {
            if (!model.problem.people[size_t(p)].attends[size_t(slot)])
                continue;
            ++board.attending;
            const qint64 id = model.personIds.at(p);
            if (const Participant *person = index.people.value(id); person && !index.here.contains(id))
                board.unplaced << memberOf(index, model, *person, nullptr, false);
        }
    std::sort(board.unplaced.begin(), board.unplaced.end(), byName);
    return board;
}

PlacementExplanation explainPlacement(const ForumSnapshot &forum, const FormationModel &model,
                                      qint64 participantId, const QString &slotKey)
{
    PlacementExplanation out;
    const int slot = model.slotIndex(slotKey);
    const Index index(forum, model, slot);
    const Participant *p = index.people.value(participantId);
    if (!p)
        return out;
    out.name = p->displayName();
    out.languages = p->languages;
    for (const QString &key : p->preferences)
        out.preferences << index.themeTitles.value(key, key);
    const int person = index.personIndex.value(participantId, -1);
    out.attends = person >= 0 && slot >= 0 && model.problem.people[size_t(person)].attends[size_t(slot)];
    for (const QString &theme : index.earlierThemes(participantId))
        out.earlierThemes << index.themeTitles.value(theme, theme);
    const auto placed = index.here.constFind(participantId);
    if (placed == index.here.cend())
        return out;
    out.workshop = placed->workshop;
    out.pinned = placed->pinned;
    const Workshop *w = index.workshops.value(placed->workshop);
    if (!w)
        return out;
    out.themeTitle = index.themeTitles.value(w->theme);
    out.rank = int(p->preferences.indexOf(w->theme)) + 1;
    out.language = w->language;
    const QString organisation = foldForSearch(p->organisation.trimmed());
    QHash<QString, QString> slotNames;
    for (const TimeSlot &s : forum.timeSlots)
        slotNames.insert(s.key, timeSlotLabel(s, QStringLiteral(" ")));
    for (const AssignmentRow &a : index.here) {
        if (a.workshop != placed->workshop || a.participantId == participantId)
            continue;
        const Participant *other = index.people.value(a.participantId);
        if (!other)
            continue;
        if (!p->country.isEmpty() && other->country == p->country)
            out.sameCountry << other->displayName();
        if (!organisation.isEmpty() && foldForSearch(other->organisation.trimmed()) == organisation)
            out.sameOrganisation << other->displayName();
        for (int s = 0; s < index.earlier.size(); ++s) {
            const QString mine = index.earlier.at(s).value(participantId);
            if (!mine.isEmpty() && mine == index.earlier.at(s).value(a.participantId))
                out.metBefore << WorkshopBoard::tr("%1 (%2)").arg(
                    other->displayName(), slotNames.value(index.earlierSlotKeys.at(s)));
        }
    }
    for (QStringList *list : {&out.sameCountry, &out.sameOrganisation, &out.metBefore})
        std::sort(list->begin(), list->end(),
                  [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return out;
}

} // namespace cordee
