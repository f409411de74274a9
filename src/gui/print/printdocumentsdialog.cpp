#include "printdocumentsdialog.h"

#include "forumdocument.h"
#include "icons.h"
#include "programmekeys.h"
#include "statuscolors.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cordee {

PrintDocumentsDialog::PrintDocumentsDialog(ForumDocument *document, const QList<qint64> &selectedParticipants,
                                           QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_selected(selectedParticipants)
{
    setObjectName(u"printDocumentsDialog"_s);
    setWindowTitle(tr("Print Documents"));
    auto *layout = new QVBoxLayout(this);

    auto *kindBox = new QGroupBox(tr("Document"), this);
    auto *kindLayout = new QVBoxLayout(kindBox);
    m_kinds = new QButtonGroup(this);
    const QList<std::pair<QString, QString>> kinds{
        {tr("&Attendance sheets"), tr("One sign-in sheet per workshop, members sorted by name.")},
        {tr("&Personal programmes"),
         tr("One page per participant, in their language, with their workshops.")},
        {tr("&Badges"), tr("Eight to an A4 sheet, with crop marks.")},
        {tr("&Door signs"), tr("One page per room and slot, to put on the doors.")}};
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        auto *button = new QRadioButton(kinds.at(i).first, kindBox);
        button->setObjectName(QStringList{u"attendance"_s, u"programmes"_s, u"badges"_s, u"doors"_s}.at(i) +
                              u"Kind"_s);
        m_kinds->addButton(button, int(i));
        kindLayout->addWidget(button);
        auto *hint = new QLabel(kinds.at(i).second, kindBox);
        hint->setContentsMargins(24, 0, 0, 4);
        hint->setEnabled(false); // the desktop's muted text colour
        kindLayout->addWidget(hint);
    }
    m_kinds->button(Attendance)->setChecked(true);
    layout->addWidget(kindBox);

    auto *form = new QFormLayout;
    m_slot = new QComboBox(this);
    m_slot->setObjectName(u"printSlot"_s);
    m_slot->addItem(tr("Every slot"), QString());
    if (m_document)
        for (const TimeSlot &slot : m_document->timeSlots())
            if (slot.kind == SlotKind::Workshops)
                m_slot->addItem(timeSlotLabel(slot) + u" — "_s + slot.key, slot.key);
    auto *slotLabel = new QLabel(tr("Workshop &slot:"), this);
    slotLabel->setBuddy(m_slot);
    form->addRow(slotLabel, m_slot);

    auto *people = new QWidget(this);
    auto *peopleLayout = new QVBoxLayout(people);
    peopleLayout->setContentsMargins(0, 0, 0, 0);
    const int present = m_document ? m_document->stats().participants : 0;
    m_everyone = new QRadioButton(tr("Everyone present (%n)", nullptr, present), people);
    m_everyone->setObjectName(u"printEveryone"_s);
    m_selection = new QRadioButton(
        tr("The %n selected on the Participants page", nullptr, int(m_selected.size())), people);
    m_selection->setObjectName(u"printSelection"_s);
    m_selection->setEnabled(!m_selected.isEmpty());
    (m_selected.isEmpty() ? m_everyone : m_selection)->setChecked(true);
    peopleLayout->addWidget(m_everyone);
    peopleLayout->addWidget(m_selection);
    form->addRow(tr("For:"), people);

    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(u"printPath"_s);
    m_path->setAccessibleName(tr("PDF file to write"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *pathLabel = new QLabel(tr("&Save as:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    layout->addLayout(form);

    m_open = new QCheckBox(tr("&Open the PDF once written"), this);
    m_open->setChecked(true);
    layout->addWidget(m_open);

    m_error = new QLabel(this);
    m_error->setObjectName(u"printError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(colorStyle(errorColor(palette())));
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Write PDF"));
    m_buttons->button(QDialogButtonBox::Save)->setIcon(themedIcon(u"document-export"_s));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PrintDocumentsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &PrintDocumentsDialog::browse);
    connect(m_kinds, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            updateState();
    });
    connect(m_path, &QLineEdit::textEdited, this, [this] {
        m_pathEdited = true;
        updateState();
    });
    connect(m_slot, &QComboBox::currentIndexChanged, this, &PrintDocumentsDialog::updateState);
    connect(m_selection, &QRadioButton::toggled, this, &PrintDocumentsDialog::updateState);
    updateState();
}

PrintDocumentsDialog::Kind PrintDocumentsDialog::kind() const
{
    return Kind(m_kinds->checkedId());
}

void PrintDocumentsDialog::setKind(Kind kind)
{
    m_kinds->button(kind)->setChecked(true);
}

void PrintDocumentsDialog::setPath(const QString &path)
{
    m_path->setText(path);
    m_pathEdited = true;
    updateState();
}

void PrintDocumentsDialog::setOpenWhenWritten(bool open)
{
    m_open->setChecked(open);
}

QString PrintDocumentsDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

print::PrintRequest PrintDocumentsDialog::request() const
{
    print::PrintRequest r;
    r.path = m_path->text().trimmed();
    const bool perSlot = kind() == Attendance || kind() == DoorSigns;
    if (perSlot)
        r.slotKey = m_slot->currentData().toString();
    else if (m_selection->isChecked())
        r.participantIds = m_selected;
    return r;
}

QString PrintDocumentsDialog::suggestedName() const
{
    static const QStringList names{u"attendance"_s, u"programmes"_s, u"badges"_s, u"door-signs"_s};
    QString name = names.at(kind());
    if (const QString slot = m_slot->currentData().toString();
        !slot.isEmpty() && (kind() == Attendance || kind() == DoorSigns))
        name += u'-' + slot;
    // Beside the forum file, unless it lives in a temporary folder (the demo).
    QString folder = m_document ? QFileInfo(m_document->path()).absolutePath() : QString();
    if (folder.isEmpty() || folder.startsWith(QDir::tempPath()))
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(name + u".pdf"_s);
}

void PrintDocumentsDialog::updateState()
{
    const bool perSlot = kind() == Attendance || kind() == DoorSigns;
    m_slot->setEnabled(perSlot);
    m_everyone->setEnabled(!perSlot);
    m_selection->setEnabled(!perSlot && !m_selected.isEmpty());
    if (!m_pathEdited)
        m_path->setText(suggestedName());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!m_path->text().trimmed().isEmpty());
    m_error->hide();
}

void PrintDocumentsDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the Document As"), m_path->text(),
                                                      tr("PDF document (*.pdf)"));
    if (!path.isEmpty())
        setPath(path.endsWith(u".pdf"_s, Qt::CaseInsensitive) ? path : path + u".pdf"_s);
}

bool PrintDocumentsDialog::write()
{
    if (!m_document)
        return false;
    const print::PrintRequest r = request();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const ForumSnapshot forum = m_document->snapshot();
    Status status;
    switch (kind()) {
    case Attendance:
        status = print::writeAttendanceSheets(forum, r);
        break;
    case Programmes:
        status = print::writeProgrammes(forum, r);
        break;
    case Badges:
        status = print::writeBadges(forum, r);
        break;
    case DoorSigns:
        status = print::writeDoorSigns(forum, r);
        break;
    }
    QGuiApplication::restoreOverrideCursor();
    if (!status) {
        m_error->setText(status.error().fullText());
        m_error->show();
        return false;
    }
    return true;
}

void PrintDocumentsDialog::accept()
{
    if (!write())
        return;
    if (m_open->isChecked())
        QDesktopServices::openUrl(QUrl::fromLocalFile(request().path));
    QDialog::accept();
}

} // namespace cordee
