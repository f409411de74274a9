#include "workshopdialog.h"

#include "dialogsupport.h"
#include "forumdocument.h"
#include "languagenames.h"
#include "programmekeys.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace cordee {

namespace {

QComboBox *makeCombo(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(28);
    return combo;
}

QString languageLabel(const QString &code)
{
    const QString name = cordee::nativeLanguageName(code);
    return name == code ? code : QStringLiteral("%1 (%2)").arg(name, code);
}

} // namespace

WorkshopDialog::WorkshopDialog(const ForumDocument &document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("workshopDialog"));
    setWindowTitle(tr("Add Workshop"));
    for (const Workshop &w : document.workshops())
        m_taken.insert(w.key);
    const QLocale locale;
    m_slot = makeCombo(this, QStringLiteral("slotCombo"), tr("Time slot"));
    for (const TimeSlot &s : document.timeSlots())
        if (s.kind == SlotKind::Workshops)
            m_slot->addItem(tr("%1, %2–%3 (%4)")
                                .arg(locale.toString(s.date, QStringLiteral("ddd d MMM")),
                                     locale.toString(s.start, QStringLiteral("HH:mm")),
                                     locale.toString(s.end, QStringLiteral("HH:mm")), s.key),
                            s.key);
    m_theme = makeCombo(this, QStringLiteral("themeCombo"), tr("Theme"));
    m_theme->addItem(tr("No theme"), QString());
    for (const Theme &t : document.themes())
        m_theme->addItem(t.title, t.key);
    m_language = makeCombo(this, QStringLiteral("languageCombo"), tr("Working language"));
    m_language->addItem(tr("Any language"), QString());
    for (const QString &code : document.info().languages)
        m_language->addItem(languageLabel(code), code);
    m_room = makeCombo(this, QStringLiteral("roomCombo"), tr("Room"));
    m_room->addItem(tr("No room yet"), QString());
    for (const Room &r : document.rooms())
        m_room->addItem(tr("%1 (%n seat(s))", nullptr, r.capacity).arg(r.name), r.key);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("Optional: the theme's title is shown otherwise"));
    m_facilitator = makeCombo(this, QStringLiteral("facilitatorCombo"), tr("Facilitator"));
    m_rapporteur = makeCombo(this, QStringLiteral("rapporteurCombo"), tr("Rapporteur"));
    m_key = dialogs::makeKeyEdit(this);
    connect(m_key, &QLineEdit::textEdited, this, [this] { m_keyTyped = true; });
    for (QComboBox *c : {m_slot, m_theme, m_language})
        connect(c, &QComboBox::currentIndexChanged, this, &WorkshopDialog::updateKey);

    auto *form = new QFormLayout;
    form->addRow(tr("&Slot:"), m_slot);
    form->addRow(tr("T&heme:"), m_theme);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Room:"), m_room);
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("&Facilitator:"), m_facilitator);
    form->addRow(tr("Ra&pporteur:"), m_rapporteur);
    form->addRow(tr("&Key:"), m_key);
    m_problem = dialogs::makeProblemLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &WorkshopDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WorkshopDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    setWorkshop(Workshop{});
}

void WorkshopDialog::fillPeople(QComboBox *combo, Role role, qint64 current)
{
    combo->clear();
    combo->addItem(tr("Nobody yet"), qint64(0));
    QList<const Participant *> people;
    for (const Participant &p : m_document.participants())
        if (!p.erased && p.isCounted() && (p.roles.has(role) || p.id == current))
            people << &p;
    std::sort(people.begin(), people.end(), [](const Participant *a, const Participant *b) {
        return QString::localeAwareCompare(a->displayName(), b->displayName()) < 0;
    });
    for (const Participant *p : std::as_const(people))
        combo->addItem(p->organisation.isEmpty()
                           ? p->displayName()
                           : QStringLiteral("%1 — %2").arg(p->displayName(), p->organisation),
                       p->id);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    combo->setToolTip(role == Role::Facilitator ? tr("Participants with the facilitator role")
                                                : tr("Participants with the rapporteur role"));
}

void WorkshopDialog::setWorkshop(const Workshop &workshop)
{
    m_original = workshop;
    m_taken.remove(workshop.key);
    setWindowTitle(workshop.id ? tr("Edit Workshop") : tr("Add Workshop"));
    if (!workshop.slot.isEmpty())
        m_slot->setCurrentIndex(std::max(0, m_slot->findData(workshop.slot)));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(workshop.theme)));
    if (!workshop.language.isEmpty() && m_language->findData(workshop.language) < 0)
        m_language->addItem(languageLabel(workshop.language), workshop.language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(workshop.language)));
    m_room->setCurrentIndex(std::max(0, m_room->findData(workshop.room)));
    m_title->setText(workshop.title);
    fillPeople(m_facilitator, Role::Facilitator, workshop.facilitatorId);
    fillPeople(m_rapporteur, Role::Rapporteur, workshop.rapporteurId);
    if (workshop.id) {
        m_key->setText(workshop.key);
        dialogs::lockKey(m_key);
        const bool placed = std::any_of(m_document.assignments().cbegin(), m_document.assignments().cend(),
                                        [&](const AssignmentRow &a) { return a.workshop == workshop.key; });
        m_slot->setEnabled(!placed);
        if (placed)
            m_slot->setToolTip(tr("People are placed in this workshop: it stays in its slot."));
    }
    updateKey();
}

void WorkshopDialog::updateKey()
{
    if (m_original.id != 0 || m_keyTyped)
        return;
    m_key->setText(workshopKey(m_slot->currentData().toString(), m_theme->currentData().toString(),
                               m_language->currentData().toString(), m_taken));
}

Workshop WorkshopDialog::workshop() const
{
    Workshop w = m_original;
    w.slot = m_slot->currentData().toString();
    w.theme = m_theme->currentData().toString();
    w.language = m_language->currentData().toString();
    w.room = m_room->currentData().toString();
    w.title = m_title->text().simplified();
    w.facilitatorId = m_facilitator->currentData().toLongLong();
    w.rapporteurId = m_rapporteur->currentData().toLongLong();
    if (w.id == 0)
        w.key = m_key->text().trimmed();
    return w;
}

void WorkshopDialog::accept()
{
    const Workshop w = workshop();
    QList<FieldProblem> problems =
        validateWorkshop(w, m_document.timeSlots(), m_document.themes(), m_document.rooms());
    if (w.id == 0)
        problems += dialogs::keyProblems(w.key, m_taken);
    if (!dialogs::showProblems(m_problem, problems)) {
        const QString field = problems.constFirst().field;
        QWidget *focus = field == u"key"          ? static_cast<QWidget *>(m_key)
                         : field == u"rapporteur" ? static_cast<QWidget *>(m_rapporteur)
                                                  : static_cast<QWidget *>(m_slot);
        focus->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace cordee
