#include "roomdialog.h"

#include "dialogsupport.h"
#include "programmekeys.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cordee {

RoomDialog::RoomDialog(QSet<QString> takenKeys, QWidget *parent)
    : QDialog(parent)
    , m_taken(std::move(takenKeys))
{
    setObjectName(QStringLiteral("roomDialog"));
    setWindowTitle(tr("Add Room"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("e.g. Salle Nelson Mandela"));
    m_capacity = new QSpinBox(this);
    m_capacity->setObjectName(QStringLiteral("capacitySpin"));
    m_capacity->setAccessibleName(tr("Seats"));
    m_capacity->setRange(1, 100000);
    m_capacity->setValue(20);
    m_capacity->setSuffix(tr(" seats"));
    m_key = dialogs::makeKeyEdit(this);
    connect(m_key, &QLineEdit::textEdited, this, [this] { m_keyTyped = true; });
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        if (m_original.id == 0 && !m_keyTyped)
            m_key->setText(keyFromTitle(name, m_taken, QStringLiteral("ROOM")));
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Capacity:"), m_capacity);
    form->addRow(tr("&Key:"), m_key);
    m_problem = dialogs::makeProblemLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RoomDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RoomDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void RoomDialog::setRoom(const Room &room)
{
    m_original = room;
    setWindowTitle(room.id ? tr("Edit Room") : tr("Add Room"));
    m_name->setText(room.name);
    m_capacity->setValue(room.capacity);
    if (room.id) {
        m_key->setText(room.key);
        dialogs::lockKey(m_key);
    }
}

Room RoomDialog::room() const
{
    Room r = m_original;
    r.name = m_name->text().simplified();
    r.capacity = m_capacity->value();
    if (r.id == 0)
        r.key = m_key->text().trimmed();
    return r;
}

void RoomDialog::accept()
{
    const Room r = room();
    QList<FieldProblem> problems = validateRoom(r);
    if (r.id == 0)
        problems += dialogs::keyProblems(r.key, m_taken);
    if (!dialogs::showProblems(m_problem, problems)) {
        (problems.constFirst().field == u"key" ? m_key : m_name)->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace cordee
