// Values in engineering notation: what the window writes ("710 mV", not "710.000 mV") and what
// a designer may type into a value editor ("710m", "0.71", "5 pF", "1.2MHz", "1,2 MHz" in
// German), checked against hand values; the specification's editors and its tolerance field
// take the same notation.
#include <QLineEdit>
#include <QtTest>
#include <cmath>

#include "common/performance.hpp"
#include "common/si_format.hpp"
#include "common/si_spin_box.hpp"
#include "exploration/spec_panel.hpp"
#include "common/performance.hpp"
#include "exploration/spec_panel.hpp"

using namespace inversize;
using namespace inversize::ui;

namespace {

std::size_t k(const char* key) { return *performance_index(key); }

// Equal up to rounding: 5 * 1e-12 need not be the literal 5e-12 to the last bit.
bool near(std::optional<double> a, double b) { return a && std::abs(*a - b) <= 1e-12 * std::abs(b); }

const QLocale kGerman(QLocale::German, QLocale::Germany);

}  // namespace

class SiFormatTest : public QObject {
  Q_OBJECT

 private slots:
  void writesSignificantDigitsWithoutTrailingZeros() {
    QCOMPARE(si_edit_text(0.71, "V"), QStringLiteral("710 mV"));
    QCOMPARE(si_edit_text(26.31e6, "Hz"), QStringLiteral("26.31 MHz"));
    QCOMPARE(si_edit_text(5e-12, "F"), QStringLiteral("5 pF"));
    QCOMPARE(si_edit_text(1e-5, "W"), QStringLiteral("10 µW"));
    QCOMPARE(si_edit_text(0, "W"), QStringLiteral("0 W"));
    QCOMPARE(si_edit_text(-1.5e-3, "V"), QStringLiteral("-1.5 mV"));
    QCOMPARE(si_edit_text(62.3, "dB"), QStringLiteral("62.3 dB"));  // no prefix on decibels
    QCOMPARE(si_edit_text(60, "deg"), QStringLiteral("60°"));
    QCOMPARE(si_edit_text(2.5, "V/us"), QStringLiteral("2.5 V/µs"));
    QCOMPARE(si_edit_text(123456.7, "um^2"), QStringLiteral("123457 µm²"));  // not 1.23457e+05
    QCOMPARE(si_edit_text(16.23456789e6, "Hz"), QStringLiteral("16.2346 MHz"));  // 6 digits
    QCOMPARE(si_edit_text(16.23456789e6, "Hz", 3), QStringLiteral("16.2 MHz"));
    QCOMPARE(si_edit_text(26.315e6, "Hz", 6, kGerman), QStringLiteral("26,315 MHz"));
    QCOMPARE(si_edit_text(1.0, ""), QStringLiteral("1"));  // a plain number (the guidance weight): not "1.00"
    QCOMPARE(si_edit_text(1.25, ""), QStringLiteral("1.25"));
    QCOMPARE(percent_text(0.975), QStringLiteral("97.5 %"));
  }

  void readsWhatADesignerTypes() {
    QVERIFY(near(parse_si(QStringLiteral("710 mV"), "V"), 0.71));
    QVERIFY(near(parse_si(QStringLiteral("710m"), "V"), 0.71));
    QVERIFY(near(parse_si(QStringLiteral("0.71"), "V"), 0.71));  // the unit implied
    QVERIFY(near(parse_si(QStringLiteral(" 0.71 V "), "V"), 0.71));
    QVERIFY(near(parse_si(QStringLiteral("5p"), "F"), 5e-12));
    QVERIFY(near(parse_si(QStringLiteral("5 pF"), "F"), 5e-12));
    QVERIFY(near(parse_si(QStringLiteral("5f"), "F"), 5e-15));  // f: femto
    QVERIFY(near(parse_si(QStringLiteral("5F"), "F"), 5.0));    // F: the farad
    QVERIFY(near(parse_si(QStringLiteral("1.2 MHz"), "Hz"), 1.2e6));
    QVERIFY(near(parse_si(QStringLiteral("1.2MHz"), "Hz"), 1.2e6));
    QVERIFY(near(parse_si(QStringLiteral("1.2meg"), "Hz"), 1.2e6));  // SPICE's mega
    QVERIFY(near(parse_si(QStringLiteral("1.2 mHz"), "Hz"), 1.2e-3));  // m is milli, M mega
    QVERIFY(near(parse_si(QStringLiteral("1.5k"), "Hz"), 1500));
    QVERIFY(near(parse_si(QStringLiteral("2 GHz"), "Hz"), 2e9));
    QVERIFY(near(parse_si(QStringLiteral("1e6"), "Hz"), 1e6));
    QVERIFY(near(parse_si(QStringLiteral("2.5e-3 V"), "V"), 2.5e-3));
    QVERIFY(near(parse_si(QStringLiteral("10 µW"), "W"), 1e-5));
    QVERIFY(near(parse_si(QStringLiteral("10uW"), "W"), 1e-5));
    QVERIFY(near(parse_si(QStringLiteral("10 μW"), "W"), 1e-5));  // Greek mu
    QVERIFY(near(parse_si(QStringLiteral("-3 mV"), "V"), -3e-3));
    QVERIFY(near(parse_si(QStringLiteral("62 dB"), "dB"), 62));
    QVERIFY(near(parse_si(QStringLiteral("62"), "dB"), 62));
    QVERIFY(near(parse_si(QStringLiteral("60°"), "deg"), 60));
    QVERIFY(near(parse_si(QStringLiteral("60 deg"), "deg"), 60));
    QVERIFY(near(parse_si(QStringLiteral("3 V/µs"), "V/us"), 3));
    QVERIFY(near(parse_si(QStringLiteral("1500 µm²"), "um^2"), 1500));
    QVERIFY(near(parse_si(QStringLiteral("1500 um^2"), "um^2"), 1500));
    // Not values in the unit: each is refused, none is read as something else.
    for (const char* bad : {"", "abc", "1.2.3", "5 pV", "MHz", "1 2", "62 mdB"}) {
      const std::string_view unit = std::string_view(bad) == "5 pV" ? "F" : std::string_view(bad) == "62 mdB" ? "dB" : "Hz";
      QVERIFY2(!parse_si(QString::fromUtf8(bad), unit), bad);
    }
    QVERIFY(!parse_si(QStringLiteral("62 V"), "dB"));
  }

  // The decimal comma where the locale writes one; the point is always understood.
  void readsTheGermanDecimalComma() {
    QVERIFY(near(parse_si(QStringLiteral("1,2 MHz"), "Hz", kGerman), 1.2e6));
    QVERIFY(near(parse_si(QStringLiteral("1.2 MHz"), "Hz", kGerman), 1.2e6));
    QVERIFY(near(parse_si(QStringLiteral("0,71"), "V", kGerman), 0.71));
    QVERIFY(!parse_si(QStringLiteral("1,2 MHz"), "Hz"));  // in English a comma is no decimal point
  }

  // The specification's editors: four significant digits, as a datasheet writes them (a training
  // design's CMRR showed as "49.2573 dB"); the value itself stays exact.
  void specificationShowsFourDigits() {
    inversize::ui::exploration::SpecPanel panel;
    const std::size_t cmrr = *inversize::performance_index("cmrr_db");
    panel.set_value(cmrr, 49.2573);
    QList<SiSpinBox*> spins = panel.findChildren<SiSpinBox*>();
    SiSpinBox* shown = nullptr;
    for (SiSpinBox* s : spins)
      if (near(s->value(), 49.2573)) shown = s;
    QVERIFY(shown);
    QCOMPARE(shown->text(), QStringLiteral("49.26 dB"));
    QCOMPARE(*panel.request().spec.values[cmrr], 49.2573);
  }

  void spinBoxShowsAndTakesEngineeringNotation() {
    SiSpinBox spin;
    spin.set_unit("Hz");
    spin.setRange(0, 1e10);
    spin.setValue(26.31e6);
    QCOMPARE(spin.text(), QStringLiteral("26.31 MHz"));
    auto type = [&spin](const QString& text) {
      spin.selectAll();
      QTest::keyClicks(&spin, text);
      QTest::keyClick(&spin, Qt::Key_Return);
    };
    type(QStringLiteral("1.2 MHz"));
    QVERIFY(near(spin.value(), 1.2e6));
    QCOMPARE(spin.text(), QStringLiteral("1.2 MHz"));
    type(QStringLiteral("850k"));
    QVERIFY(near(spin.value(), 850e3));
    QCOMPARE(spin.text(), QStringLiteral("850 kHz"));
    type(QStringLiteral("rubbish"));  // refused: the value stays
    QVERIFY(near(spin.value(), 850e3));

    SiSpinBox cap;
    cap.set_unit("F");
    cap.setRange(0, 1);
    cap.setValue(5e-12);  // a double's digits survive: 5 pF, not 0 or 5.000 pF
    QCOMPARE(cap.text(), QStringLiteral("5 pF"));
    QVERIFY(near(cap.value(), 5e-12));

    SiSpinBox volts;
    volts.setLocale(kGerman);
    volts.set_unit("V");
    volts.setRange(-10, 10);
    volts.setValue(1.5);
    QCOMPARE(volts.text(), QStringLiteral("1,5 V"));
    volts.selectAll();
    QTest::keyClicks(&volts, QStringLiteral("0,71"));
    QTest::keyClick(&volts, Qt::Key_Return);
    QVERIFY(near(volts.value(), 0.71));
    QCOMPARE(volts.text(), QStringLiteral("710 mV"));
  }

  // The specification's editors hold SI values and show them in engineering notation; the
  // tolerance field takes the same notation and writes it back.
  void specificationEditorsAndToleranceInEngineeringNotation() {
    ui::exploration::SpecPanel panel;
    auto* gbw = panel.editor(k("gbw_hz"));
    gbw->setRange(0, 1e10);
    gbw->setValue(26.31e6);
    QCOMPARE(gbw->text(), QStringLiteral("26.31 MHz"));
    QVERIFY(near(panel.request().spec.values[k("gbw_hz")], 26.31e6));
    panel.editor(k("icmr_max_v"))->setRange(-10, 10);
    panel.editor(k("icmr_max_v"))->setValue(0.71);
    QCOMPARE(panel.editor(k("icmr_max_v"))->text(), QStringLiteral("710 mV"));
    panel.editor(k("pm_deg"))->setRange(0, 180);
    panel.editor(k("pm_deg"))->setValue(60);
    QCOMPARE(panel.editor(k("pm_deg"))->text(), QStringLiteral("60°"));

    auto* field = panel.tolerance_field();
    field->setText(QStringLiteral("gain_db=0.5 dB, power_w=10 µW gbw_hz=2 %; pm_deg=1°"));
    emit field->editingFinished();
    QVERIFY2(panel.tolerance_error().isEmpty(), qPrintable(panel.tolerance_error()));
    const auto spec = panel.request().spec;
    QVERIFY(spec.tolerance[k("gain_db")] && !spec.tolerance[k("gain_db")]->relative);
    QCOMPARE(spec.tolerance[k("gain_db")]->value, 0.5);
    QVERIFY(spec.tolerance[k("power_w")] && near(spec.tolerance[k("power_w")]->value, 1e-5));
    QVERIFY(spec.tolerance[k("gbw_hz")] && spec.tolerance[k("gbw_hz")]->relative);
    QCOMPARE(spec.tolerance[k("gbw_hz")]->value, 0.02);
    QCOMPARE(spec.tolerance[k("pm_deg")]->value, 1.0);
    ui::exploration::SpecPanel other;
    other.set_request(panel.request());
    QCOMPARE(other.tolerance_field()->text(), QStringLiteral("gain_db=0.5 dB gbw_hz=2% pm_deg=1° power_w=10 µW"));
    // A wrong unit is refused with core's reason, not read as a number.
    field->setText(QStringLiteral("power_w=10 mV"));
    emit field->editingFinished();
    QVERIFY(!panel.tolerance_error().isEmpty());
    QVERIFY(!panel.request().spec.tolerance[k("power_w")]);
  }
};

QTEST_MAIN(SiFormatTest)
#include "si_format_test.moc"
