#include "formationbridge.h"
#include "formationweights.h"

#include "countrytable.h"
#include "forumrepository.h"
#include "languagenames.h"
#include "participantrepository.h"
#include "programmekeys.h"
#include "textfold.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace cordee {

namespace {

/// Small integer ids for the values of one attribute, in order of first appearance.
class IdMap
{
public:
    int id(const QString &value)
    {
        if (value.isEmpty())
            return -1;
        const auto it = m_ids.constFind(value);
        if (it != m_ids.cend())
            return *it;
        m_values << value;
        return *m_ids.insert(value, int(m_values.size() - 1));
    }
    int find(const QString &value) const { return m_ids.value(value, -1); }
    const QStringList &values() const { return m_values; }

private:
    QHash<QString, int> m_ids;
    QStringList m_values;
};

bool isExempt(const Participant &p)
{
    return p.roles.has(Role::Organizer) || p.roles.has(Role::GuestOfHonour);
}

/// What the model is built from, besides the forum: id maps shared by people and workshops.
struct ModelMaps
{
    IdMap languages, countries, organisations;
    QSet<int> working; ///< ids of the working languages (the forum's and the workshops')
    QHash<QString, int> themeIndex, slotIndex;
};

void addProgramme(const ForumSnapshot &forum, FormationModel &m, ModelMaps &maps)
{
    formation::Problem &pb = m.problem;
    pb.minSize = forum.info.workshopMin;
    pb.maxSize = forum.info.workshopMax;
    pb.weights = weightsFrom(forum.info.formationWeights);
    for (const Theme &t : forum.themes) {
        maps.themeIndex.insert(t.key, int(m.themeKeys.size()));
        m.themeKeys << t.key;
        pb.themeNames << t.title;
    }
    pb.themeCount = int(m.themeKeys.size());
    for (const TimeSlot &s : forum.timeSlots)
        if (s.kind == SlotKind::Workshops) {
            maps.slotIndex.insert(s.key, int(m.slotKeys.size()));
            m.slotKeys << s.key;
            pb.slotNames << timeSlotLabel(s, QStringLiteral(" "));
        }
    pb.slotCount = int(m.slotKeys.size());
    for (const QString &code : forum.info.languages)
        maps.working.insert(maps.languages.id(code));
    QHash<QString, int> capacities;
    for (const Room &r : forum.rooms)
        capacities.insert(r.key, r.capacity);
    for (const Workshop &w : forum.workshops) {
        const int slot = maps.slotIndex.value(w.slot, -1);
        if (slot < 0)
            continue;
        const int language = maps.languages.id(w.language);
        if (language >= 0)
            maps.working.insert(language);
        pb.workshops.push_back(formation::Workshop{slot, maps.themeIndex.value(w.theme, -1), language,
                                                   capacities.value(w.room, pb.maxSize)});
        m.workshopKeys << w.key;
        pb.workshopNames << w.key;
    }
}

formation::Person toPerson(const Participant &p, const FormationModel &m, ModelMaps &maps)
{
    formation::Person person;
    person.country = maps.countries.id(p.country);
    const Country *country = CountryTable::instance().find(p.country);
    person.continent = country ? int(country->continent) : -1;
    person.gender = p.gender == Gender::NotStated ? -1 : int(p.gender);
    person.category = p.category == Category::Unspecified ? -1 : int(p.category);
    person.organisation = maps.organisations.id(foldForSearch(p.organisation.trimmed()));
    for (const QString &key : p.preferences)
        if (const int t = maps.themeIndex.value(key, -1); t >= 0)
            person.preferences.push_back(t);
    bool speaksWorking = false;
    for (const QString &code : p.languages) {
        const int id = maps.languages.id(code);
        person.languages.push_back(id);
        speaksWorking = speaksWorking || maps.working.contains(id);
    }
    if (!speaksWorking)
        person.languages.clear(); // follows with an interpreter: fits any working language
    person.attends.assign(size_t(m.slotKeys.size()), !isExempt(p));
    for (const QString &key : p.unavailableSlots)
        if (const int s = maps.slotIndex.value(key, -1); s >= 0)
            person.attends[size_t(s)] = false;
    return person;
}

void addPins(const ForumSnapshot &forum, FormationModel &m)
{
    QHash<qint64, int> personIndex;
    for (int i = 0; i < m.personIds.size(); ++i)
        personIndex.insert(m.personIds.at(i), i);
    for (const AssignmentRow &row : forum.assignments) {
        const int person = personIndex.value(row.participantId, -1);
        const int w = int(m.workshopKeys.indexOf(row.workshop));
        if (!row.pinned || person < 0 || w < 0)
            continue;
        const int slot = m.problem.workshops[size_t(w)].slot;
        if (m.problem.people[size_t(person)].attends[size_t(slot)])
            m.problem.pins.push_back(formation::Pin{person, w});
    }
}

} // namespace

Result<ForumSnapshot> loadForumSnapshot(const ForumDatabase &db)
{
    const ForumRepository forum(db.connection());
    ForumSnapshot s;
    auto info = forum.loadInfo();
    auto themes = forum.loadThemes();
    auto rooms = forum.loadRooms();
    auto timeSlots = forum.loadTimeSlots();
    auto workshops = forum.loadWorkshops();
    for (const Status &status :
         {info.status(), themes.status(), rooms.status(), timeSlots.status(), workshops.status()})
        if (!status)
            return status;
    auto people = ParticipantRepository(db.connection()).loadAll();
    if (!people)
        return people.status();
    auto assignments = AssignmentRepository(db.connection()).loadAll();
    if (!assignments)
        return assignments.status();
    s.info = std::move(info).value();
    s.themes = std::move(themes).value();
    s.rooms = std::move(rooms).value();
    s.timeSlots = std::move(timeSlots).value();
    s.workshops = std::move(workshops).value();
    s.participants = std::move(people).value();
    s.assignments = std::move(assignments).value();
    return s;
}

FormationModel buildFormationModel(const ForumSnapshot &forum)
{
    FormationModel m;
    ModelMaps maps;
    addProgramme(forum, m, maps);
    for (const Participant &p : forum.participants) {
        if (!p.isCounted() || p.erased)
            continue;
        m.problem.people.push_back(toPerson(p, m, maps));
        m.personIds << p.id;
        m.problem.personNames << p.displayName();
        const formation::Person &person = m.problem.people.back();
        const bool attendsAny =
            std::find(person.attends.cbegin(), person.attends.cend(), true) != person.attends.cend();
        if (attendsAny && person.languages.empty() && !p.languages.isEmpty())
            ++m.interpreted;
    }
    addPins(forum, m);
    m.languageCodes = maps.languages.values();
    for (const QString &code : std::as_const(m.languageCodes))
        m.problem.languageNames << nativeLanguageName(code);
    return m;
}

formation::Assignment assignmentFromRows(const FormationModel &model, const QList<AssignmentRow> &rows)
{
    formation::Assignment a;
    a.workshopOf.assign(size_t(model.slotKeys.size()), std::vector<int>(model.problem.people.size(), -1));
    QHash<qint64, int> personIndex;
    for (int i = 0; i < model.personIds.size(); ++i)
        personIndex.insert(model.personIds.at(i), i);
    QHash<QString, int> workshopIndex;
    for (int i = 0; i < model.workshopKeys.size(); ++i)
        workshopIndex.insert(model.workshopKeys.at(i), i);
    for (const AssignmentRow &row : rows) {
        const int person = personIndex.value(row.participantId, -1);
        const int w = workshopIndex.value(row.workshop, -1);
        if (person >= 0 && w >= 0)
            a.workshopOf[size_t(model.problem.workshops[size_t(w)].slot)][size_t(person)] = w;
    }
    return a;
}

QList<AssignmentRow> rowsFromAssignment(const FormationModel &model, const formation::Assignment &assignment,
                                        const std::vector<int> &slotIndices)
{
    QSet<std::pair<int, int>> pinned;
    for (const formation::Pin &pin : model.problem.pins)
        pinned.insert({pin.person, pin.workshop});
    QList<AssignmentRow> rows;
    for (int slot : slotIndices) {
        if (slot < 0 || size_t(slot) >= assignment.workshopOf.size())
            continue;
        const std::vector<int> &row = assignment.workshopOf[size_t(slot)];
        for (size_t p = 0; p < row.size() && p < size_t(model.personIds.size()); ++p)
            if (const int w = row[p]; w >= 0 && w < model.workshopKeys.size())
                rows << AssignmentRow{model.personIds.at(qsizetype(p)), model.workshopKeys.at(w),
                                      model.slotKeys.at(slot), pinned.contains({int(p), w})};
    }
    return rows;
}

} // namespace cordee
