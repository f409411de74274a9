// The participants table over a real forum file: what it shows, and how undo commands change the table and
// the file together.

#include "demoforum.h"
#include "forumdocument.h"
#include "forumfile.h"
#include "participantcommands.h"
#include "participanttablemodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cordee;
using namespace Qt::StringLiterals;

namespace {

int rowOf(const ForumDocument &doc, const QString &first, const QString &last)
{
    const QList<Participant> &people = doc.participants();
    for (qsizetype i = 0; i < people.size(); ++i)
        if (people.at(i).firstName == first && people.at(i).lastName == last)
            return int(i);
    return -1;
}

int rowOfCountry(const ForumDocument &doc, const QString &country)
{
    const QList<Participant> &people = doc.participants();
    for (qsizetype i = 0; i < people.size(); ++i)
        if (people.at(i).country == country)
            return int(i);
    return -1;
}

Participant newcomer()
{
    Participant p;
    p.firstName = u"Zoé"_s;
    p.lastName = u"Nouvelle"_s;
    p.email = u"zoe.nouvelle@exemple.fr"_s;
    p.organisation = u"Coopérative du Lac"_s;
    p.country = u"CH"_s;
    p.gender = Gender::Female;
    p.category = Category::Practitioner;
    p.languages = {u"fr"_s, u"de"_s};
    p.preferences = {u"T4"_s, u"T2"_s};
    p.unavailableSlots = {u"D2-W3"_s};
    p.roles = Roles{Role::Participant, Role::Rapporteur};
    return p;
}

} // namespace

class TstParticipantTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rowsAndColumns();
    void headers();
    void displayValuesOfKnownRow();
    void cancelledAreStruckOut();
    void countryInUiLanguage();
    void addCommand();
    void editCommand();
    void deleteCommand_data();
    void deleteCommand();
    void deleteSeveral_data();
    void deleteSeveral();
    void editForumInfoCommand();
    void noDocument();

private:
    /// A second, independent view of the file: what a restart would show.
    QList<Participant> participantsOnDisk() const;
    void checkRowMatches(int row);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<ForumDocument> m_doc;
    std::unique_ptr<ParticipantTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QLocale m_savedLocale;
};

void TstParticipantTableModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_savedLocale = QLocale();
}

void TstParticipantTableModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"demo.cordee"_s);
    auto db = createForumFile(m_path, makeDemoForum());
    QVERIFY2(db, qPrintable(db.isOk() ? QString() : db.error().fullText()));
    auto doc = ForumDocument::fromDatabase(std::move(db).value());
    QVERIFY2(doc, qPrintable(doc.isOk() ? QString() : doc.error().fullText()));
    m_doc = std::move(doc).value();
    m_model = std::make_unique<ParticipantTableModel>();
    m_model->setDocument(m_doc.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TstParticipantTableModel::cleanup()
{
    QLocale::setDefault(m_savedLocale);
    m_tester.reset();
    m_model.reset();
    m_doc.reset();
    m_dir.reset();
}

QList<Participant> TstParticipantTableModel::participantsOnDisk() const
{
    auto other = ForumDocument::open(m_path);
    if (!other) {
        qWarning() << other.error().fullText();
        return {};
    }
    return other.value()->participants();
}

void TstParticipantTableModel::checkRowMatches(int row)
{
    const Participant &p = m_doc->participants().at(row);
    QCOMPARE(m_model->participantAt(row), p);
    QCOMPARE(m_model->index(row, ParticipantTableModel::LastName).data().toString(), p.lastName);
    QCOMPARE(m_model->index(row, ParticipantTableModel::FirstName).data().toString(), p.firstName);
    QCOMPARE(m_model->index(row, ParticipantTableModel::Email).data().toString(), p.email);
    QCOMPARE(m_model->index(row, 0).data(ParticipantTableModel::IdRole).toLongLong(), p.id);
}

void TstParticipantTableModel::rowsAndColumns()
{
    QCOMPARE(m_doc->participants().size(), makeDemoForum().participants.size());
    QCOMPARE(m_model->rowCount(), int(m_doc->participants().size()));
    QVERIFY(m_model->rowCount() > 350); // counted people plus the cancelled ones
    QCOMPARE(m_model->columnCount(), int(ParticipantTableModel::ColumnCount));
    QCOMPARE(m_model->columnCount(), 11);
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0); // a table: no children
    // Rows are in id order, the order undo relies on.
    for (int row = 1; row < m_model->rowCount(); ++row)
        QVERIFY(m_model->index(row - 1, 0).data(ParticipantTableModel::IdRole).toLongLong() <
                m_model->index(row, 0).data(ParticipantTableModel::IdRole).toLongLong());
}

void TstParticipantTableModel::headers()
{
    const QStringList expected{u"Last name"_s, u"First name"_s, u"Organisation"_s, u"Country"_s,
                               u"Continent"_s, u"Category"_s,   u"Gender"_s,       u"Roles"_s,
                               u"Languages"_s, u"Status"_s,     u"E-mail"_s};
    QStringList actual;
    for (int c = 0; c < m_model->columnCount(); ++c)
        actual << m_model->headerData(c, Qt::Horizontal).toString();
    QCOMPARE(actual, expected);
}

void TstParticipantTableModel::displayValuesOfKnownRow()
{
    const int row = rowOf(*m_doc, u"Hélène"_s, u"Vasseur"_s);
    QVERIFY(row >= 0);
    const Participant &p = m_doc->participants().at(row);
    const auto text = [&](int column) { return m_model->index(row, column).data().toString(); };
    QCOMPARE(text(ParticipantTableModel::LastName), u"Vasseur"_s);
    QCOMPARE(text(ParticipantTableModel::FirstName), u"Hélène"_s);
    QCOMPARE(text(ParticipantTableModel::Organisation), p.organisation);
    QVERIFY(!p.organisation.isEmpty());
    QCOMPARE(text(ParticipantTableModel::Country), u"France"_s);
    QCOMPARE(text(ParticipantTableModel::Continent), u"Europe"_s);
    QCOMPARE(text(ParticipantTableModel::Category), vocab::label(p.category));
    QCOMPARE(text(ParticipantTableModel::Gender), u"Woman"_s);
    QCOMPARE(text(ParticipantTableModel::Roles), vocab::rolesLabel(p.roles));
    QCOMPARE(text(ParticipantTableModel::Languages), p.languages.join(u", "_s));
    QCOMPARE(text(ParticipantTableModel::Status), u"Present"_s);
    QCOMPARE(text(ParticipantTableModel::Email), p.email);
    QCOMPARE(m_model->index(row, ParticipantTableModel::Country).data(Qt::ToolTipRole).toString(), u"FR"_s);
    QCOMPARE(m_model->index(row, 0).data(ParticipantTableModel::IdRole).toLongLong(), p.id);
    QVERIFY(m_model->searchTextAt(row).contains(u"helene vasseur"_s));
    QCOMPARE(m_model->index(row, 0).data(ParticipantTableModel::SearchTextRole).toString(),
             m_model->searchTextAt(row));

    // A guest of honour shows both roles.
    const int guest = rowOf(*m_doc, u"Abdoulaye"_s, u"Sarr"_s);
    QVERIFY(guest >= 0);
    QCOMPARE(m_model->index(guest, ParticipantTableModel::Roles).data().toString(),
             u"Participant, Guest of honour"_s);
    QCOMPARE(m_model->index(guest, ParticipantTableModel::Country).data().toString(), u"Senegal"_s);
    QCOMPARE(m_model->index(guest, ParticipantTableModel::Continent).data().toString(), u"Africa"_s);
}

void TstParticipantTableModel::cancelledAreStruckOut()
{
    int cancelled = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QVariant font = m_model->index(row, 0).data(Qt::FontRole);
        if (m_doc->participants().at(row).status == ParticipantStatus::Cancelled) {
            ++cancelled;
            QVERIFY(font.canConvert<QFont>());
            QVERIFY(font.value<QFont>().strikeOut());
            QCOMPARE(m_model->index(row, ParticipantTableModel::Status).data().toString(), u"Cancelled"_s);
        } else {
            QVERIFY(!font.isValid());
        }
    }
    QVERIFY(cancelled > 0);
}

void TstParticipantTableModel::countryInUiLanguage()
{
    const int row = rowOfCountry(*m_doc, u"SN"_s);
    QVERIFY(row >= 0);
    const QModelIndex country = m_model->index(row, ParticipantTableModel::Country);
    QCOMPARE(country.data().toString(), u"Senegal"_s);

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    m_model->retranslate();
    QVERIFY(!changed.isEmpty());
    QCOMPARE(country.data().toString(), u"Sénégal"_s);

    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    m_model->retranslate();
    const int de = rowOfCountry(*m_doc, u"DE"_s);
    QVERIFY(de >= 0);
    QCOMPARE(m_model->index(de, ParticipantTableModel::Country).data().toString(), u"Alemania"_s);

    // A model built while French is the UI language shows French names at once.
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    ParticipantTableModel fresh;
    fresh.setDocument(m_doc.get());
    QCOMPARE(fresh.index(row, ParticipantTableModel::Country).data().toString(), u"Sénégal"_s);
    QCOMPARE(fresh.index(de, ParticipantTableModel::Country).data().toString(), u"Allemagne"_s);
}

void TstParticipantTableModel::addCommand()
{
    const int before = m_model->rowCount();
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    auto *command = new AddParticipantCommand(m_doc.get(), newcomer());
    m_doc->undoStack()->push(command);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    const qint64 id = command->participantId();
    QVERIFY(id > 0);
    QCOMPARE(m_model->rowCount(), before + 1);
    QCOMPARE(inserted.size(), 1);
    const int row = inserted.at(0).at(1).toInt();
    QCOMPARE(inserted.at(0).at(2).toInt(), row);
    QCOMPARE(row, m_doc->indexOfParticipant(id));
    QCOMPARE(m_model->index(row, ParticipantTableModel::LastName).data().toString(), u"Nouvelle"_s);
    QCOMPARE(m_model->index(row, ParticipantTableModel::Country).data().toString(), u"Switzerland"_s);
    checkRowMatches(row);

    Participant expected = newcomer();
    expected.id = id;
    QList<Participant> disk = participantsOnDisk();
    QCOMPARE(disk.size(), qsizetype(before + 1));
    auto found = std::find_if(disk.cbegin(), disk.cend(), [&](const Participant &p) { return p.id == id; });
    QVERIFY(found != disk.cend());
    QCOMPARE(*found, expected);

    // Undo removes the row and the person from the file.
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_doc->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), before);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), row);
    QCOMPARE(m_doc->indexOfParticipant(id), -1);
    disk = participantsOnDisk();
    QCOMPARE(disk.size(), qsizetype(before));
    QVERIFY(std::none_of(disk.cbegin(), disk.cend(), [&](const Participant &p) { return p.id == id; }));

    // Redo brings the same person back under the same id, at the same row.
    m_doc->undoStack()->redo();
    QCOMPARE(m_model->rowCount(), before + 1);
    QCOMPARE(command->participantId(), id);
    QCOMPARE(m_doc->indexOfParticipant(id), row);
    QCOMPARE(m_model->participantAt(row), expected);
    disk = participantsOnDisk();
    found = std::find_if(disk.cbegin(), disk.cend(), [&](const Participant &p) { return p.id == id; });
    QVERIFY(found != disk.cend());
    QCOMPARE(*found, expected);
}

void TstParticipantTableModel::editCommand()
{
    const int row = rowOf(*m_doc, u"Hélène"_s, u"Vasseur"_s);
    QVERIFY(row >= 0);
    const Participant before = m_doc->participants().at(row);
    Participant after = before;
    after.lastName = u"Vasseur-Diallo"_s;
    after.country = u"SN"_s;
    after.preferences = {u"T4"_s};
    after.unavailableSlots = {u"D1-W1"_s};
    after.notes = u"Arrive le 15"_s;

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_doc->undoStack()->push(new EditParticipantCommand(m_doc.get(), before, after));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), row);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), row);
    QCOMPARE(m_model->index(row, ParticipantTableModel::LastName).data().toString(), u"Vasseur-Diallo"_s);
    QCOMPARE(m_model->index(row, ParticipantTableModel::Country).data().toString(), u"Senegal"_s);
    QCOMPARE(m_model->index(row, ParticipantTableModel::Continent).data().toString(), u"Africa"_s);
    QVERIFY(m_model->searchTextAt(row).contains(u"vasseur-diallo"_s));
    QVERIFY(m_model->searchTextAt(row).contains(u"senegal"_s));
    QCOMPARE(m_model->participantAt(row), after);
    QList<Participant> disk = participantsOnDisk();
    QCOMPARE(disk.at(row), after);

    m_doc->undoStack()->undo();
    QCOMPARE(changed.size(), 2);
    QCOMPARE(m_model->index(row, ParticipantTableModel::LastName).data().toString(), u"Vasseur"_s);
    QCOMPARE(m_model->participantAt(row), before);
    QVERIFY(!m_model->searchTextAt(row).contains(u"diallo"_s));
    disk = participantsOnDisk();
    QCOMPARE(disk.at(row), before);

    m_doc->undoStack()->redo();
    QCOMPARE(m_model->participantAt(row), after);
    QCOMPARE(participantsOnDisk().at(row), after);
}

// Undoing a deletion puts the row back in the middle of the table. Run once under QAbstractItemModelTester
// and once without it, so the file and row checks still run when the tester stops the first pass.
void TstParticipantTableModel::deleteCommand_data()
{
    QTest::addColumn<bool>("modelTester");
    QTest::newRow("under QAbstractItemModelTester") << true;
    QTest::newRow("without tester") << false;
}

void TstParticipantTableModel::deleteCommand()
{
    QFETCH(bool, modelTester);
    if (!modelTester)
        m_tester.reset();
    const int row = rowOf(*m_doc, u"Hélène"_s, u"Vasseur"_s);
    QVERIFY(row > 0 && row < m_model->rowCount() - 1); // somewhere in the middle
    const Participant helene = m_doc->participants().at(row);
    QVERIFY(!helene.preferences.isEmpty());
    const int before = m_model->rowCount();

    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_doc->undoStack()->push(new DeleteParticipantsCommand(m_doc.get(), {helene}));
    QCOMPARE(m_model->rowCount(), before - 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), row);
    QCOMPARE(m_doc->indexOfParticipant(helene.id), -1);
    QCOMPARE(rowOf(*m_doc, u"Hélène"_s, u"Vasseur"_s), -1);
    QList<Participant> disk = participantsOnDisk();
    QCOMPARE(disk.size(), qsizetype(before - 1));
    QVERIFY(
        std::none_of(disk.cbegin(), disk.cend(), [&](const Participant &p) { return p.id == helene.id; }));
    checkRowMatches(row); // the next person moved up

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_doc->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), before);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), row);
    QCOMPARE(m_doc->indexOfParticipant(helene.id), row);
    QCOMPARE(m_model->participantAt(row), helene); // same id, preferences and all
    checkRowMatches(row);
    disk = participantsOnDisk();
    QCOMPARE(disk.size(), qsizetype(before));
    QCOMPARE(disk.at(row), helene);

    m_doc->undoStack()->redo();
    QCOMPARE(m_model->rowCount(), before - 1);
    QCOMPARE(participantsOnDisk().size(), qsizetype(before - 1));
}

void TstParticipantTableModel::deleteSeveral_data()
{
    deleteCommand_data();
}

void TstParticipantTableModel::deleteSeveral()
{
    QFETCH(bool, modelTester);
    if (!modelTester)
        m_tester.reset();
    const int before = m_model->rowCount();
    const QList<int> rows{5, 7, 200};
    QList<Participant> doomed;
    for (int row : rows)
        doomed << m_doc->participants().at(row);
    const QList<Participant> all = m_doc->participants();

    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_doc->undoStack()->push(new DeleteParticipantsCommand(m_doc.get(), doomed));
    QCOMPARE(m_model->rowCount(), before - 3);
    QCOMPARE(removed.size(), 3);
    for (const Participant &p : doomed)
        QCOMPARE(m_doc->indexOfParticipant(p.id), -1);
    QCOMPARE(participantsOnDisk().size(), qsizetype(before - 3));

    m_doc->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), before);
    QCOMPARE(m_doc->participants(), all);
    for (int row : rows)
        checkRowMatches(row);
    QCOMPARE(participantsOnDisk(), all);
}

void TstParticipantTableModel::editForumInfoCommand()
{
    const ForumInfo before = m_doc->info();
    ForumInfo after = before;
    after.title = u"Forum alpin de l'ESS"_s;
    after.workshopMax = 18;
    after.languages = {u"fr"_s, u"it"_s};

    QSignalSpy infoChanged(m_doc.get(), &ForumDocument::infoChanged);
    m_doc->undoStack()->push(new EditForumInfoCommand(m_doc.get(), after));
    QCOMPARE(infoChanged.size(), 1);
    QCOMPARE(m_doc->info(), after);
    {
        auto other = ForumDocument::open(m_path);
        QVERIFY(other.isOk());
        QCOMPARE(other.value()->info(), after);
    }

    m_doc->undoStack()->undo();
    QCOMPARE(infoChanged.size(), 2);
    QCOMPARE(m_doc->info(), before);
    {
        auto other = ForumDocument::open(m_path);
        QVERIFY(other.isOk());
        QCOMPARE(other.value()->info(), before);
        QCOMPARE(other.value()->info().title,
                 u"Alpine Forum of Social and Solidarity Economy Entrepreneurs"_s);
    }

    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->info().title, after.title);
    QCOMPARE(m_model->rowCount(), int(m_doc->participants().size())); // the table is not disturbed
}

void TstParticipantTableModel::noDocument()
{
    ParticipantTableModel empty;
    QAbstractItemModelTester tester(&empty, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(empty.rowCount(), 0);
    QCOMPARE(empty.columnCount(), int(ParticipantTableModel::ColumnCount));
    empty.setDocument(m_doc.get());
    QCOMPARE(empty.rowCount(), int(m_doc->participants().size()));
    empty.setDocument(nullptr);
    QCOMPARE(empty.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TstParticipantTableModel)
#include "tst_participanttablemodel.moc"
