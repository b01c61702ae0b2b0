<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Function</name>
    <message>
        <location filename="../ui/schematic/palette.cpp" line="10"/>
        <source>bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <location filename="../ui/schematic/palette.cpp" line="10"/>
        <source>load</source>
        <translation>Last</translation>
    </message>
    <message>
        <location filename="../ui/schematic/palette.cpp" line="11"/>
        <source>transconductance</source>
        <translation>Transkonduktanz</translation>
    </message>
    <message>
        <location filename="../ui/schematic/palette.cpp" line="11"/>
        <source>compensation</source>
        <translation>Kompensation</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../ui/mainwindow/job_dialogs.cpp" line="34"/>
        <source>Generate training data</source>
        <translation>Trainingsdaten erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/job_dialogs.cpp" line="39"/>
        <source>NSGA-II (Pareto-optimal designs)</source>
        <translation>NSGA-II (Pareto-optimale Entwürfe)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/job_dialogs.cpp" line="40"/>
        <source>Latin hypercube (random)</source>
        <translation>Latin Hypercube (zufällig)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/job_dialogs.cpp" line="43"/>
        <source>Designs in the training archive</source>
        <translation>Entwürfe im Trainingsarchiv</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/job_dialogs.cpp" line="44"/>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/job_dialogs.cpp" line="45"/>
        <source>Simulation processes</source>
        <translation>Simulationsprozesse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/job_dialogs.cpp" line="46"/>
        <location filename="../ui/mainwindow/job_dialogs.cpp" line="69"/>
        <source>Seed</source>
        <translation>Startwert (Seed)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/job_dialogs.cpp" line="58"/>
        <source>Train sizing models</source>
        <translation>Dimensionierungsmodelle trainieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/job_dialogs.cpp" line="66"/>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/job_dialogs.cpp" line="62"/>
        <source>Denoiser</source>
        <translation>Entrauscher</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/job_dialogs.cpp" line="62"/>
        <source>Transformer (adaLN-Zero, as in the paper)</source>
        <translation>Transformer (adaLN-Zero, wie im Artikel)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/job_dialogs.cpp" line="62"/>
        <source>MLP (faster; met more test specifications on the built-ins)</source>
        <translation>MLP (schneller; erfüllte auf den eingebauten Schaltungen mehr Testspezifikationen)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/job_dialogs.cpp" line="67"/>
        <source>Most steps per model</source>
        <translation>Maximale Schritte pro Modell</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/job_dialogs.cpp" line="68"/>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
</context>
<context>
    <name>SchematicLegend</name>
    <message>
        <location filename="../ui/schematic/schematic_items.cpp" line="238"/>
        <source>Device functions</source>
        <translation>Bauelementfunktionen</translation>
    </message>
</context>
<context>
    <name>inversize::ui::Plots</name>
    <message>
        <location filename="../ui/plots/plot_export.cpp" line="35"/>
        <source>Export as PNG and SVG…</source>
        <translation>Als PNG und SVG exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/plots/plot_export.cpp" line="36"/>
        <source>Export the plot</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../ui/plots/plot_export.cpp" line="37"/>
        <source>PNG and SVG (*.png)</source>
        <translation>PNG und SVG (*.png)</translation>
    </message>
</context>
<context>
    <name>inversize::ui::exploration::ExplorationView</name>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="67"/>
        <source>Open a trained project to explore its sizings.</source>
        <translation>Öffnen Sie ein trainiertes Projekt, um seine Dimensionierungen zu erkunden.</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="79"/>
        <source>Sample clouds</source>
        <translation>Sample-Wolken</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="80"/>
        <source>Histograms</source>
        <translation>Histogramme</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="81"/>
        <source>Device spread</source>
        <translation>Streuung der Bauelemente</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="84"/>
        <source>Export netlist…</source>
        <translation>Netzliste exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="85"/>
        <source>Samples as CSV…</source>
        <translation>Samples als CSV…</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="86"/>
        <source>Specification as JSON…</source>
        <translation>Spezifikation als JSON…</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="147"/>
        <source>Sampling failed: %1</source>
        <translation>Sampling fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="159"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="165"/>
        <source>Export the sizing as a netlist</source>
        <translation>Dimensionierung als Netzliste exportieren</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="165"/>
        <source>SPICE netlists (*.cir *.sp *.spice)</source>
        <translation>SPICE-Netzlisten (*.cir *.sp *.spice)</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="168"/>
        <source>Export the samples</source>
        <translation>Samples exportieren</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="168"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="171"/>
        <source>Export the specification</source>
        <translation>Spezifikation exportieren</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="171"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="195"/>
        <source>%1 training designs; set the specification.</source>
        <translation>%1 Trainingsentwürfe; legen Sie die Spezifikation fest.</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="218"/>
        <source>; left-out performances from design #%1</source>
        <translation>; ausgelassene Kenngrößen aus Entwurf #%1</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="219"/>
        <source>%1 samples (%2 s), %3 verified, %4 meet the specification %7 (%5 keeping every sizing rule)%6</source>
        <translation>%1 Samples (%2 s), %3 verifiziert, %4 erfüllen die Spezifikation %7 (%5 davon mit allen Dimensionierungsregeln)%6</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="254"/>
        <source>device</source>
        <translation>Bauelement</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="254"/>
        <source>W mean</source>
        <translation>W Mittelwert</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="254"/>
        <source>W std</source>
        <translation>W Std.-Abw.</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="254"/>
        <source>L mean</source>
        <translation>L Mittelwert</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="254"/>
        <source>L std</source>
        <translation>L Std.-Abw.</translation>
    </message>
</context>
<context>
    <name>inversize::ui::exploration::LossPlot</name>
    <message>
        <location filename="../ui/exploration/loss_plot.cpp" line="17"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/exploration/loss_plot.cpp" line="18"/>
        <source>denoising loss</source>
        <translation>Entrauschungsverlust</translation>
    </message>
    <message>
        <location filename="../ui/exploration/loss_plot.cpp" line="43"/>
        <source> (validation)</source>
        <translation> (Validierung)</translation>
    </message>
</context>
<context>
    <name>inversize::ui::exploration::SamplesTable</name>
    <message>
        <location filename="../ui/exploration/sample_views.cpp" line="204"/>
        <source>sizing rules</source>
        <translation>Dimensionierungsregeln</translation>
    </message>
    <message>
        <location filename="../ui/exploration/sample_views.cpp" line="241"/>
        <source>kept</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <location filename="../ui/exploration/sample_views.cpp" line="241"/>
        <source>broken</source>
        <translation>verletzt</translation>
    </message>
    <message>
        <location filename="../ui/exploration/sample_views.cpp" line="204"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/exploration/sample_views.cpp" line="204"/>
        <source>meets</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/exploration/sample_views.cpp" line="236"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/exploration/sample_views.cpp" line="236"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/exploration/sample_views.cpp" line="236"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/exploration/sample_views.cpp" line="236"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>meets (tol.)</source>
        <translation>erfüllt (Tol.)</translation>
    </message>
    <message>
        <source>Every given performance on the right side of its value, %1</source>
        <translation>Jede angegebene Performance auf der richtigen Seite ihres Werts, %1</translation>
    </message>
</context>
<context>
    <name>inversize::ui::exploration::ScatterView</name>
    <message>
        <location filename="../ui/exploration/sample_views.cpp" line="53"/>
        <source>Sizing space:</source>
        <translation>Dimensionierungsraum:</translation>
    </message>
    <message>
        <location filename="../ui/exploration/sample_views.cpp" line="53"/>
        <source>Performance space:</source>
        <translation>Kenngrößenraum:</translation>
    </message>
    <message>
        <location filename="../ui/exploration/sample_views.cpp" line="66"/>
        <source>not verified yet</source>
        <translation>noch nicht verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/exploration/sample_views.cpp" line="67"/>
        <source>misses the specification</source>
        <translation>verfehlt die Spezifikation</translation>
    </message>
    <message>
        <location filename="../ui/exploration/sample_views.cpp" line="68"/>
        <source>meets the specification (%1)</source>
        <translation>erfüllt die Spezifikation (%1)</translation>
    </message>
    <message>
        <location filename="../ui/exploration/sample_views.cpp" line="142"/>
        <source>nearest training designs</source>
        <translation>nächstgelegene Trainingsentwürfe</translation>
    </message>
    <message>
        <location filename="../ui/exploration/sample_views.cpp" line="152"/>
        <source>specification</source>
        <translation>Spezifikation</translation>
    </message>
</context>
<context>
    <name>inversize::ui::exploration::SpecPanel</name>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="55"/>
        <source>Specification</source>
        <translation>Spezifikation</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="63"/>
        <source>%1 — uncheck to leave it out: it is then filled from the nearest training design</source>
        <translation>%1 — abwählen, um die Kenngröße auszulassen: sie wird dann aus dem nächstgelegenen Trainingsentwurf übernommen</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="100"/>
        <source>Sampling</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="114"/>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="127"/>
        <source>Refine with the surrogate</source>
        <translation>Mit dem Surrogatmodell verfeinern</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="133"/>
        <source>meet the specification</source>
        <translation>die Spezifikation erfüllen</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="133"/>
        <source>match the values (±%1)</source>
        <translation>die Werte treffen (±%1)</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="133"/>
        <source>What the ranking and the refinement aim at. Meet: every performance on the right side of its value (with the tolerance, if any). Match: within %1 of every value on both sides, to reproduce a performance vector (e.g. one loaded from a design); no aiming at a training design then.</source>
        <translation>Worauf Reihung und Verfeinerung zielen. Erfüllen: jede Performance auf der richtigen Seite ihres Werts (mit der Toleranz, falls angegeben). Treffen: jeder Wert auf beiden Seiten auf %1 genau, um einen Performance-Vektor nachzubilden (etwa den eines geladenen Designs); dann ohne Ausrichtung auf ein Trainingsdesign.</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="133"/>
        <source>Surrogate aims to</source>
        <translation>Surrogatmodell soll</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="130"/>
        <source>Move every drawn sizing a little, by the model&apos;s surrogate, towards meeting the specification before the samples are ranked and simulated; the simulation still judges them.</source>
        <translation>Verschiebt jede gezogene Dimensionierung ein wenig, mit dem Surrogatmodell des Modells, in Richtung der Spezifikation, bevor die Samples gereiht und simuliert werden; geurteilt wird weiterhin durch die Simulation.</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="120"/>
        <source>Aim at a training design that meets it</source>
        <translation>Auf einen Trainingsentwurf zielen, der sie erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="123"/>
        <source>Condition the model on the nearest training design that meets the specification, where one does: a point of the Pareto front the model knows, rather than a relaxed specification off it. The samples are still judged by the specification.</source>
        <translation>Konditioniert das Modell auf den nächsten Trainingsentwurf, der die Spezifikation erfüllt, sofern es einen gibt: ein Punkt der Pareto-Front, den das Modell kennt, statt einer gelockerten Spezifikation abseits davon. Die Samples werden weiterhin an der Spezifikation gemessen.</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="122"/>
        <source>Candidates per sample</source>
        <translation>Kandidaten je Sample</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="118"/>
        <source>Draw this many sizings per sample and keep the samples that the model&apos;s surrogate finds likeliest to meet the specification, likeliest first (1: keep every sizing drawn)</source>
        <translation>Zieht so viele Dimensionierungen je Sample und behält die Samples, die das Surrogatmodell des Modells am ehesten als spezifikationsgerecht einschätzt, die wahrscheinlichsten zuerst (1: jede gezogene Dimensionierung behalten)</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="115"/>
        <source>Guidance weight</source>
        <translation>Guidance-Gewicht</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="116"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="117"/>
        <source>Seed</source>
        <translation>Startwert (Seed)</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="123"/>
        <source>From design</source>
        <translation>Aus Entwurf</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="124"/>
        <source>Use the simulated performances of this dataset design as the specification</source>
        <translation>Die simulierten Kenngrößen dieses Entwurfs aus dem Datensatz als Spezifikation verwenden</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="127"/>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="162"/>
        <source>Outside the training data (%1 … %2): the model extrapolates</source>
        <translation>Außerhalb der Trainingsdaten (%1 … %2): das Modell extrapoliert</translation>
    </message>
    <message>
        <source>none: met strictly (e.g. gain_db=0.5 pm_deg=1 gbw_hz=2%)</source>
        <translation>keine: streng erfüllt (z. B. gain_db=0.5 pm_deg=1 gbw_hz=2%)</translation>
    </message>
    <message>
        <source>How far on the bad side of a value a simulated sizing may lie and still meet it: in the performance&apos;s own unit (gain_db=0.5 dB, pm_deg=1 degree, power_w=10u) or, for linear quantities, in percent (gbw_hz=2%). Empty: a value is met when the simulation is on its right side.</source>
        <translation>Wie weit eine simulierte Dimensionierung auf der schlechten Seite eines Werts liegen darf und ihn noch erfüllt: in der Einheit der Performance (gain_db=0.5 dB, pm_deg=1 Grad, power_w=10u) oder, für lineare Größen, in Prozent (gbw_hz=2%). Leer: ein Wert ist erfüllt, wenn die Simulation auf seiner richtigen Seite liegt.</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source> — ignored: values are met strictly</source>
        <translation> — ignoriert: die Werte gelten streng</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::AboutDialog</name>
    <message>
        <location filename="../ui/mainwindow/about_dialog.cpp" line="12"/>
        <source>&lt;h2&gt;InverSize %1&lt;/h2&gt;&lt;p&gt;Inverse sizing of CMOS operational amplifiers with diffusion models and structural knowledge.&lt;/p&gt;&lt;p&gt;Copyright © the InverSize developers. InverSize is free software under the &lt;b&gt;GNU General Public License, version 3 or later&lt;/b&gt; (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;It is built on:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL-3.0 / GPL)&lt;/li&gt;&lt;li&gt;QCustomPlot (GPL-3.0)&lt;/li&gt;&lt;li&gt;LibTorch (BSD-3-Clause)&lt;/li&gt;&lt;li&gt;ngspice (BSD-3-Clause and others)&lt;/li&gt;&lt;li&gt;Boost (Boost Software License 1.0)&lt;/li&gt;&lt;li&gt;pagmo (GPL-3.0 / LGPL-3.0)&lt;/li&gt;&lt;li&gt;SQLite (public domain), nlohmann/json (MIT), CLI11 (BSD-3-Clause)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The method: Azevedo, Leibl, Graeb, Martins, &lt;i&gt;Inverse Sizing and Exploration Based on Diffusion Models and Structural Knowledge&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;InverSize %1&lt;/h2&gt;&lt;p&gt;Inverse Dimensionierung von CMOS-Operationsverstärkern mit Diffusionsmodellen und Strukturwissen.&lt;/p&gt;&lt;p&gt;Copyright © die InverSize-Entwickler. InverSize ist freie Software unter der &lt;b&gt;GNU General Public License, Version 3 oder später&lt;/b&gt; (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Es baut auf:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL-3.0 / GPL)&lt;/li&gt;&lt;li&gt;QCustomPlot (GPL-3.0)&lt;/li&gt;&lt;li&gt;LibTorch (BSD-3-Clause)&lt;/li&gt;&lt;li&gt;ngspice (BSD-3-Clause und andere)&lt;/li&gt;&lt;li&gt;Boost (Boost Software License 1.0)&lt;/li&gt;&lt;li&gt;pagmo (GPL-3.0 / LGPL-3.0)&lt;/li&gt;&lt;li&gt;SQLite (gemeinfrei), nlohmann/json (MIT), CLI11 (BSD-3-Clause)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Die Methode: Azevedo, Leibl, Graeb, Martins, &lt;i&gt;Inverse Sizing and Exploration Based on Diffusion Models and Structural Knowledge&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/about_dialog.cpp" line="30"/>
        <source>About InverSize</source>
        <translation>Über InverSize</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::BlockPanel</name>
    <message>
        <location filename="../ui/mainwindow/block_panel.cpp" line="16"/>
        <location filename="../ui/mainwindow/block_panel.cpp" line="32"/>
        <source>Click a block in the schematic or the circuit tree.</source>
        <translation>Klicken Sie auf einen Block im Schaltplan oder im Schaltungsbaum.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/block_panel.cpp" line="19"/>
        <source>Device</source>
        <translation>Bauelement</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/block_panel.cpp" line="19"/>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/block_panel.cpp" line="19"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/block_panel.cpp" line="19"/>
        <source>Operating point</source>
        <translation>Arbeitspunkt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/block_panel.cpp" line="36"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2, %3 function, %4 stage</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2, Funktion %3, Stufe %4</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/block_panel.cpp" line="54"/>
        <source>%1, I_D = %2, g_m = %3</source>
        <translation>%1, I_D = %2, g_m = %3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/block_panel.cpp" line="61"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::CircuitTree</name>
    <message>
        <location filename="../ui/mainwindow/circuit_tree.cpp" line="16"/>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/circuit_tree.cpp" line="16"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/circuit_tree.cpp" line="32"/>
        <source>Blocks (%1)</source>
        <translation>Blöcke (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/circuit_tree.cpp" line="41"/>
        <source>Devices (%1)</source>
        <translation>Bauelemente (%1)</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="60"/>
        <source>Schematic</source>
        <translation>Schaltplan</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="61"/>
        <source>Exploration</source>
        <translation>Exploration</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="73"/>
        <source>Sample %1 on the schematic.</source>
        <translation>Sample %1 im Schaltplan.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="119"/>
        <source> — ETA %1 s</source>
        <translation> — Restzeit %1 s</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="131"/>
        <source>Finished: %1</source>
        <translation>Abgeschlossen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="132"/>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="133"/>
        <source>Failed: %1 %2</source>
        <translation>Fehlgeschlagen: %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="149"/>
        <source>Circuit</source>
        <translation>Schaltung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="155"/>
        <source>Block variables</source>
        <translation>Blockvariablen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="161"/>
        <source>Performances</source>
        <translation>Kenngrößen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="169"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="174"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="192"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="193"/>
        <source>&amp;New from netlist…</source>
        <translation>&amp;Neu aus Netzliste…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="195"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="197"/>
        <source>Open &amp;built-in</source>
        <translation>&amp;Eingebaute öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="198"/>
        <source>Two-stage &amp;Miller opamp</source>
        <translation>Zweistufiger &amp;Miller-OPV</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="199"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="200"/>
        <source>&amp;Folded-cascode opamp</source>
        <translation>&amp;Folded-Cascode-OPV</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="201"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="202"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="205"/>
        <source>&amp;Save as project…</source>
        <translation>Als Projekt &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="207"/>
        <source>Export schematic as &amp;SVG…</source>
        <translation>Schaltplan als &amp;SVG exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="208"/>
        <source>Export schematic as &amp;PNG…</source>
        <translation>Schaltplan als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="210"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="214"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="215"/>
        <source>Show structural &amp;blocks</source>
        <translation>Struktur&amp;blöcke zeigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="218"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="220"/>
        <source>Show device &amp;functions</source>
        <translation>Bauelement&amp;funktionen zeigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="223"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="226"/>
        <source>&amp;Fit to window</source>
        <translation>An Fenster an&amp;passen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="227"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="228"/>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="230"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="236"/>
        <source>&amp;Simulate</source>
        <translation>&amp;Simulieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="237"/>
        <source>&amp;Simulate nominal design</source>
        <translation>Nominalen Entwurf &amp;simulieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="240"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="245"/>
        <source>&amp;Project</source>
        <translation>P&amp;rojekt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="246"/>
        <source>&amp;Generate training data…</source>
        <translation>Trainingsdaten &amp;erzeugen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="247"/>
        <source>&amp;Train sizing models…</source>
        <translation>Dimensionierungsmodelle &amp;trainieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="252"/>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="255"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="266"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="266"/>
        <source>The language can change when no job runs. Wait for &quot;%1&quot; or cancel it.</source>
        <translation>Die Sprache kann wechseln, wenn kein Auftrag läuft. Warten Sie auf &quot;%1&quot; oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="271"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="272"/>
        <source>&amp;About InverSize</source>
        <translation>Über &amp;InverSize</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="274"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="295"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="298"/>
        <source>%1

The circuit open before is still open.</source>
        <translation>%1

Die zuvor geöffnete Schaltung bleibt geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="307"/>
        <location filename="../ui/mainwindow/main_window.cpp" line="454"/>
        <source>Cannot read the netlist</source>
        <translation>Netzliste nicht lesbar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="309"/>
        <source>Cannot open the project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="311"/>
        <location filename="../ui/mainwindow/main_window.cpp" line="456"/>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="311"/>
        <location filename="../ui/mainwindow/main_window.cpp" line="456"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="330"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="331"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="321"/>
        <source>Opened %1: %2 devices, %3 blocks.</source>
        <translation>%1 geöffnet: %2 Bauelemente, %3 Blöcke.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="341"/>
        <source>Exploration: %1</source>
        <translation>Exploration: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="358"/>
        <source>Generating training data for %1…</source>
        <translation>Erzeuge Trainingsdaten für %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="361"/>
        <source>%1 designs simulated (%2 feasible), %3 in the training archive.</source>
        <translation>%1 Entwürfe simuliert (%2 zulässig), %3 im Trainingsarchiv.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="387"/>
        <source>Training the %1 model of %2…</source>
        <translation>Trainiere das %1-Modell von %2…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="392"/>
        <source>Model %1 trained on %2 designs in %3 s.</source>
        <translation>Modell %1 mit %2 Entwürfen in %3 s trainiert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="421"/>
        <source>Simulating %1…</source>
        <translation>Simuliere %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="430"/>
        <source>The design failed: %1</source>
        <translation>Der Entwurf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="431"/>
        <source>Sizing rule: %1</source>
        <translation>Dimensionierungsregel: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="437"/>
        <source>New from netlist</source>
        <translation>Neu aus Netzliste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="438"/>
        <source>SPICE netlists (*.cir *.sp *.spi *.spice *.net *.ckt);;All files (*)</source>
        <translation>SPICE-Netzlisten (*.cir *.sp *.spi *.spice *.net *.ckt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="463"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="464"/>
        <source>InverSize projects and netlists (*.isz *.cir *.sp *.spi *.spice *.net *.ckt);;All files (*)</source>
        <translation>InverSize-Projekte und Netzlisten (*.isz *.cir *.sp *.spi *.spice *.net *.ckt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="472"/>
        <source>Save as project</source>
        <translation>Als Projekt speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="473"/>
        <source>InverSize projects (*.isz)</source>
        <translation>InverSize-Projekte (*.isz)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="478"/>
        <location filename="../ui/mainwindow/main_window.cpp" line="487"/>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="478"/>
        <source>%1 cannot be replaced.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="484"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="493"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="493"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="495"/>
        <source>Export schematic</source>
        <translation>Schaltplan exportieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="500"/>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="502"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="502"/>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="524"/>
        <source>%1 — InverSize</source>
        <translation>%1 — InverSize</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="524"/>
        <source>InverSize</source>
        <translation>InverSize</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="526"/>
        <source>%1: %2 devices, %3 nets, %4 blocks, %5 symmetric pairs — technology %6</source>
        <translation>%1: %2 Bauelemente, %3 Netze, %4 Blöcke, %5 symmetrische Paare — Technologie %6</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="533"/>
        <source>No circuit open</source>
        <translation>Keine Schaltung geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="538"/>
        <source>A job is running</source>
        <translation>Ein Auftrag läuft</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="539"/>
        <source>%1
Cancel it and close? What it finished is saved.</source>
        <translation>%1
Abbrechen und schließen? Bereits Fertiggestelltes bleibt gespeichert.</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::NewProjectDialog</name>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="20"/>
        <source>New from netlist</source>
        <translation>Neu aus Netzliste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="22"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 devices on %3 nets were recognised.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Bauelemente an %3 Netzen wurden erkannt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="30"/>
        <source>Other technology…</source>
        <translation>Andere Technologie…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="34"/>
        <source>Technology:</source>
        <translation>Technologie:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="37"/>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="49"/>
        <source>Warnings: %1</source>
        <translation>Warnungen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="60"/>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="66"/>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="60"/>
        <source>Technology files (*.json)</source>
        <translation>Technologiedateien (*.json)</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::PerformancePanel</name>
    <message>
        <location filename="../ui/mainwindow/performance_panel.cpp" line="18"/>
        <source>Performance</source>
        <translation>Kenngröße</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/performance_panel.cpp" line="18"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/performance_panel.cpp" line="18"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/performance_panel.cpp" line="40"/>
        <source>Not simulated yet (Simulate, F5).</source>
        <translation>Noch nicht simuliert (Simulieren, F5).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/performance_panel.cpp" line="42"/>
        <source>The simulation failed: %1</source>
        <translation>Die Simulation ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/performance_panel.cpp" line="44"/>
        <source>Simulated in %1 s; all sizing rules met.</source>
        <translation>In %1 s simuliert; alle Dimensionierungsregeln erfüllt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/performance_panel.cpp" line="45"/>
        <source>Simulated in %1 s; %2 sizing rule violations.</source>
        <translation>In %1 s simuliert; %2 Verletzungen der Dimensionierungsregeln.</translation>
    </message>
</context>
<context>
    <name>inversize::ui::schematic::SchematicScene</name>
    <message>
        <location filename="../ui/schematic/schematic_scene.cpp" line="125"/>
        <source>W = %1, L = %2</source>
        <translation>W = %1, L = %2</translation>
    </message>
    <message>
        <location filename="../ui/schematic/schematic_scene.cpp" line="126"/>
        <source>, M = %1</source>
        <translation>, M = %1</translation>
    </message>
    <message>
        <location filename="../ui/schematic/schematic_scene.cpp" line="129"/>
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <location filename="../ui/schematic/schematic_scene.cpp" line="133"/>
        <source>Function: %1 (%2 stage)</source>
        <translation>Funktion: %1 (Stufe %2)</translation>
    </message>
    <message>
        <location filename="../ui/schematic/schematic_scene.cpp" line="139"/>
        <source>Blocks: %1</source>
        <translation>Blöcke: %1</translation>
    </message>
    <message>
        <location filename="../ui/schematic/schematic_scene.cpp" line="139"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/schematic/schematic_scene.cpp" line="141"/>
        <source>Operating point</source>
        <translation>Arbeitspunkt</translation>
    </message>
</context>
<context>
    <name>inversize::ui::schematic::SchematicView</name>
    <message>
        <location filename="../ui/schematic/schematic_view.cpp" line="60"/>
        <source>Schematic drawn by InverSize</source>
        <translation>Von InverSize gezeichneter Schaltplan</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="26"/>
        <source>Inverse sizing of CMOS opamps</source>
        <translation>Inverse Dimensionierung von CMOS-OPVs</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="30"/>
        <source>A netlist, builtin:NAME or an .isz project to open.</source>
        <translation>Zu öffnende Netzliste, builtin:NAME oder .isz-Projekt.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="32"/>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Ein Bild des Fensters in DATEI speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="36"/>
        <source>Open the exploration view with this specification (KEY=VALUE, repeatable) and sample at once.</source>
        <translation>Die Explorationsansicht mit dieser Spezifikation öffnen (KEY=VALUE, wiederholbar) und sofort Samples ziehen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="59"/>
        <source>--spec: the open document has no trained model</source>
        <translation>--spec: das geöffnete Dokument hat kein trainiertes Modell</translation>
    </message>
</context>
</TS>
