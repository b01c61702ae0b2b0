<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Architecture</name>
    <message>
        <source>one diffusion model per block, each conditioned on the performances and the sizes of the blocks before it</source>
        <translation>ein Diffusionsmodell je Block, jedes bedingt auf die Kenngrößen und die Größen der Blöcke davor</translation>
    </message>
    <message>
        <source>the paper&apos;s recombination: one diffusion model per block, conditioned on the performances only; overlaps averaged</source>
        <translation>die Rekombination des Papers: ein Diffusionsmodell je Block, nur auf die Kenngrößen bedingt; Überlappungen gemittelt</translation>
    </message>
    <message>
        <source>one diffusion model (the same denoiser) over all variables</source>
        <translation>ein Diffusionsmodell (derselbe Entrauscher) über alle Variablen</translation>
    </message>
    <message>
        <source>Eid et al. 2024: an MLP epsilon-predicting diffusion model over all variables</source>
        <translation>Eid et al. 2024: ein MLP-Diffusionsmodell mit Epsilon-Vorhersage über alle Variablen</translation>
    </message>
    <message>
        <source>Lourenco et al. 2018: an MLP regression from performances to sizing</source>
        <translation>Lourenço et al. 2018: eine MLP-Regression von den Kenngrößen auf die Dimensionierung</translation>
    </message>
    <message>
        <source>structural, chained</source>
        <translation>strukturell, verkettet</translation>
    </message>
    <message>
        <source>structural, independent</source>
        <translation>strukturell, unabhängig</translation>
    </message>
    <message>
        <source>monolithic</source>
        <translation>monolithisch</translation>
    </message>
    <message>
        <source>MLP-DDPM baseline</source>
        <translation>MLP-DDPM-Vergleichsmodell</translation>
    </message>
    <message>
        <source>ANN baseline</source>
        <translation>ANN-Vergleichsmodell</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>nmos</source>
        <translation>NMOS</translation>
    </message>
    <message>
        <source>pmos</source>
        <translation>PMOS</translation>
    </message>
    <message>
        <source>capacitor</source>
        <translation>Kondensator</translation>
    </message>
    <message>
        <source>resistor</source>
        <translation>Widerstand</translation>
    </message>
    <message>
        <source>current source</source>
        <translation>Stromquelle</translation>
    </message>
    <message>
        <source>voltage source</source>
        <translation>Spannungsquelle</translation>
    </message>
    <message>
        <source>inductor</source>
        <translation>Induktivität</translation>
    </message>
</context>
<context>
    <name>ExampleText</name>
    <message>
        <source>Two-stage Miller opamp</source>
        <translation>Zweistufiger Miller-OPV</translation>
    </message>
    <message>
        <source>Folded-cascode opamp</source>
        <translation>Folded-Cascode-OPV</translation>
    </message>
    <message>
        <source>Two-stage Miller opamp, GF180MCU</source>
        <translation>Zweistufiger Miller-OPV, GF180MCU</translation>
    </message>
    <message>
        <source>Folded-cascode opamp, GF180MCU</source>
        <translation>Folded-Cascode-OPV, GF180MCU</translation>
    </message>
    <message>
        <source>%1 (trained, %2 designs)</source>
        <translation>%1 (trainiert, %2 Entwürfe)</translation>
    </message>
    <message>
        <source>Opens your own copy of the shipped project: Exploration works at once, and new data and models go into the copy.</source>
        <translation>Öffnet Ihre eigene Kopie des mitgelieferten Projekts: die Exploration funktioniert sofort, und neue Daten und Modelle kommen in die Kopie.</translation>
    </message>
    <message>
        <source>Trained projects: explore at once</source>
        <translation>Trainierte Projekte: sofort erkunden</translation>
    </message>
    <message>
        <source>%1 (project)</source>
        <translation>%1 (Projekt)</translation>
    </message>
    <message>
        <source>%1 (project, not trained)</source>
        <translation>%1 (Projekt, nicht trainiert)</translation>
    </message>
    <message>
        <source>A project without a trained model: train it (Project → Train sizing models…) to explore.</source>
        <translation>Ein Projekt ohne trainiertes Modell: trainieren Sie es (Projekt → Dimensionierungsmodelle trainieren…), um es zu erkunden.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>The circuit alone: schematic and simulation. Exploration needs a trained model: save it as a project, generate training data and train, or open a trained project above.</source>
        <translation>Nur die Schaltung: Schaltplan und Simulation. Die Exploration braucht ein trainiertes Modell: speichern Sie sie als Projekt, erzeugen Sie Trainingsdaten und trainieren Sie, oder öffnen Sie oben ein trainiertes Projekt.</translation>
    </message>
    <message>
        <source>Circuits without a model</source>
        <translation>Schaltungen ohne Modell</translation>
    </message>
</context>
<context>
    <name>Function</name>
    <message>
        <source>bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <source>load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>transconductance</source>
        <translation>Transkonduktanz</translation>
    </message>
    <message>
        <source>compensation</source>
        <translation>Kompensation</translation>
    </message>
</context>
<context>
    <name>Performance</name>
    <message>
        <source>DC gain</source>
        <translation>DC-Verstärkung</translation>
    </message>
    <message>
        <source>Transit frequency</source>
        <translation>Transitfrequenz</translation>
    </message>
    <message>
        <source>Phase margin</source>
        <translation>Phasenreserve</translation>
    </message>
    <message>
        <source>CMRR</source>
        <translation>CMRR</translation>
    </message>
    <message>
        <source>PSRR</source>
        <translation>PSRR</translation>
    </message>
    <message>
        <source>Slew rate</source>
        <translation>Anstiegsrate</translation>
    </message>
    <message>
        <source>ICMR min</source>
        <translation>ICMR min</translation>
    </message>
    <message>
        <source>ICMR max</source>
        <translation>ICMR max</translation>
    </message>
    <message>
        <source>Vout min</source>
        <translation>Vout min</translation>
    </message>
    <message>
        <source>Vout max</source>
        <translation>Vout max</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Fläche</translation>
    </message>
    <message>
        <source>Systematic offset</source>
        <translation>Systematischer Offset</translation>
    </message>
    <message>
        <source>open-loop differential gain at 1 Hz</source>
        <translation>Differenzverstärkung im offenen Regelkreis bei 1 Hz</translation>
    </message>
    <message>
        <source>frequency where the open-loop gain crosses 0 dB</source>
        <translation>Frequenz, bei der die Verstärkung im offenen Regelkreis 0 dB kreuzt</translation>
    </message>
    <message>
        <source>180 deg plus the open-loop phase at the transit frequency</source>
        <translation>180° plus die Phase im offenen Regelkreis bei der Transitfrequenz</translation>
    </message>
    <message>
        <source>differential over common-mode gain at 1 Hz</source>
        <translation>Differenz- durch Gleichtaktverstärkung bei 1 Hz</translation>
    </message>
    <message>
        <source>differential gain over gain from VDD at 1 Hz</source>
        <translation>Differenzverstärkung durch die Verstärkung von VDD bei 1 Hz</translation>
    </message>
    <message>
        <source>smaller of rising and falling slew of a unity-gain follower step</source>
        <translation>kleinere der steigenden und fallenden Flankensteilheit eines Spannungsfolgers bei einem Sprung</translation>
    </message>
    <message>
        <source>lowest input common mode (output held at VCM) keeping every saturated transistor saturated</source>
        <translation>niedrigste Eingangsgleichtaktspannung (Ausgang auf VCM gehalten), bei der jeder gesättigte Transistor gesättigt bleibt</translation>
    </message>
    <message>
        <source>highest input common mode (output held at VCM) keeping every saturated transistor saturated</source>
        <translation>höchste Eingangsgleichtaktspannung (Ausgang auf VCM gehalten), bei der jeder gesättigte Transistor gesättigt bleibt</translation>
    </message>
    <message>
        <source>lowest output (input common mode at VCM) keeping every saturated transistor saturated</source>
        <translation>niedrigste Ausgangsspannung (Eingangsgleichtakt auf VCM), bei der jeder gesättigte Transistor gesättigt bleibt</translation>
    </message>
    <message>
        <source>highest output (input common mode at VCM) keeping every saturated transistor saturated</source>
        <translation>höchste Ausgangsspannung (Eingangsgleichtakt auf VCM), bei der jeder gesättigte Transistor gesättigt bleibt</translation>
    </message>
    <message>
        <source>VDD times the supply current at the operating point, bias included</source>
        <translation>VDD mal Versorgungsstrom im Arbeitspunkt, Biasstrom eingeschlossen</translation>
    </message>
    <message>
        <source>sum of W*L*M of all transistors plus capacitor area</source>
        <translation>Summe von W·L·M aller Transistoren plus Kondensatorfläche</translation>
    </message>
    <message>
        <source>output minus input of the unity-gain follower at the operating point</source>
        <translation>Ausgang minus Eingang des Spannungsfolgers im Arbeitspunkt</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>Generate training data</source>
        <translation>Trainingsdaten erzeugen</translation>
    </message>
    <message>
        <source>NSGA-II (Pareto-optimal designs)</source>
        <translation>NSGA-II (Pareto-optimale Entwürfe)</translation>
    </message>
    <message>
        <source>Latin hypercube (random)</source>
        <translation>Latin Hypercube (zufällig)</translation>
    </message>
    <message>
        <source>Designs in the training archive</source>
        <translation>Entwürfe im Trainingsarchiv</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Simulation processes</source>
        <translation>Simulationsprozesse</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert (Seed)</translation>
    </message>
    <message>
        <source>Train sizing models</source>
        <translation>Dimensionierungsmodelle trainieren</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Denoiser</source>
        <translation>Entrauscher</translation>
    </message>
    <message>
        <source>Transformer (adaLN-Zero, as in the paper)</source>
        <translation>Transformer (adaLN-Zero, wie im Artikel)</translation>
    </message>
    <message>
        <source>Most steps per model</source>
        <translation>Maximale Schritte pro Modell</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>MLP (the default: faster, and closer on the built-ins&apos; validation designs)</source>
        <translation>MLP (Standard: schneller und genauer auf den Validierungsentwürfen der eingebauten Schaltungen)</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>cutoff</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>weak inversion</source>
        <translation>schwache Inversion</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <source>saturation</source>
        <translation>Sättigung</translation>
    </message>
</context>
<context>
    <name>SchematicLegend</name>
    <message>
        <source>Device functions</source>
        <translation>Bauelementfunktionen</translation>
    </message>
    <message>
        <source>in several blocks</source>
        <translation>in mehreren Blöcken</translation>
    </message>
</context>
<context>
    <name>Specification</name>
    <message>
        <source>strictly</source>
        <translation>streng</translation>
    </message>
    <message>
        <source>with tolerance %1</source>
        <translation>mit Toleranz %1</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>first</source>
        <translation>erste</translation>
    </message>
    <message>
        <source>second</source>
        <translation>zweite</translation>
    </message>
    <message>
        <source>third</source>
        <translation>dritte</translation>
    </message>
    <message>
        <source>bias network</source>
        <translation>Biasnetzwerk</translation>
    </message>
    <message>
        <source>%1 stage</source>
        <translation>%1 Stufe</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>%1, %2 function, %3</source>
        <translation>%1, Funktion %2, %3</translation>
    </message>
</context>
<context>
    <name>Structure</name>
    <message>
        <source>normal transistor</source>
        <translation>einfacher Transistor</translation>
    </message>
    <message>
        <source>diode transistor</source>
        <translation>Diodentransistor</translation>
    </message>
    <message>
        <source>simple current mirror</source>
        <translation>einfacher Stromspiegel</translation>
    </message>
    <message>
        <source>cascode current mirror</source>
        <translation>Kaskode-Stromspiegel</translation>
    </message>
    <message>
        <source>4-transistor current mirror</source>
        <translation>4-Transistor-Stromspiegel</translation>
    </message>
    <message>
        <source>Wilson current mirror</source>
        <translation>Wilson-Stromspiegel</translation>
    </message>
    <message>
        <source>improved Wilson current mirror</source>
        <translation>verbesserter Wilson-Stromspiegel</translation>
    </message>
    <message>
        <source>wide-swing cascode current mirror</source>
        <translation>Wide-Swing-Kaskode-Stromspiegel</translation>
    </message>
    <message>
        <source>differential pair</source>
        <translation>Differenzpaar</translation>
    </message>
    <message>
        <source>cascoded differential pair</source>
        <translation>kaskodiertes Differenzpaar</translation>
    </message>
    <message>
        <source>folded-cascode differential pair</source>
        <translation>Folded-Cascode-Differenzpaar</translation>
    </message>
    <message>
        <source>cascode pair</source>
        <translation>Kaskodenpaar</translation>
    </message>
    <message>
        <source>level shifter</source>
        <translation>Pegelschieber</translation>
    </message>
    <message>
        <source>voltage reference</source>
        <translation>Spannungsreferenz</translation>
    </message>
    <message>
        <source>cross-coupled pair</source>
        <translation>kreuzgekoppeltes Paar</translation>
    </message>
    <message>
        <source>capacitor</source>
        <translation>Kondensator</translation>
    </message>
    <message>
        <source>resistor</source>
        <translation>Widerstand</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <source>Hz</source>
        <translation>Hz</translation>
    </message>
    <message>
        <source>deg</source>
        <translation>°</translation>
    </message>
    <message>
        <source>V/us</source>
        <translation>V/µs</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>um^2</source>
        <translation>µm²</translation>
    </message>
</context>
<context>
    <name>WhatsThis</name>
    <message>
        <source>&lt;b&gt;Specification&lt;/b&gt;&lt;p&gt;The performances the sizings should reach. A checked row is part of the specification; an unchecked one is filled from the nearest training design. Every change samples again: the sizings appear at once and their SPICE verification streams in.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Spezifikation&lt;/b&gt;&lt;p&gt;Die Kenngrößen, die die Dimensionierungen erreichen sollen. Eine angehakte Zeile gehört zur Spezifikation; eine nicht angehakte wird aus dem nächstgelegenen Trainingsentwurf übernommen. Jede Änderung zieht neue Samples: die Dimensionierungen erscheinen sofort, und ihre SPICE-Verifikation trifft nach und nach ein.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Performance value&lt;/b&gt;&lt;p&gt;Drag to set the value; the spin box beside it takes an exact one. The shaded band is the range the training data covers: values outside it are flagged, the model has seen no design there.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Kenngrößenwert&lt;/b&gt;&lt;p&gt;Ziehen Sie, um den Wert einzustellen; das Zahlenfeld daneben nimmt einen exakten Wert an. Das schattierte Band ist der Bereich, den die Trainingsdaten abdecken: Werte außerhalb davon werden markiert, dort hat das Modell keinen Entwurf gesehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tolerance&lt;/b&gt;&lt;p&gt;How far on the wrong side of a value a simulated sizing may lie and still meet it, per performance (gain_db=0.5 gbw_hz=2%). Empty: met strictly.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Toleranz&lt;/b&gt;&lt;p&gt;Wie weit eine simulierte Dimensionierung auf der falschen Seite eines Werts liegen darf und ihn noch erfüllt, je Kenngröße (gain_db=0.5 gbw_hz=2%). Leer: streng erfüllt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sizing space&lt;/b&gt;&lt;p&gt;The samples over two design variables of your choice, with the five nearest training designs. Drag a rectangle to select samples: the other views, the table, the histograms and the device spread follow the selection.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Dimensionierungsraum&lt;/b&gt;&lt;p&gt;Die Samples über zwei Entwurfsvariablen Ihrer Wahl, mit den fünf nächstgelegenen Trainingsentwürfen. Ziehen Sie ein Rechteck auf, um Samples auszuwählen: die anderen Ansichten, die Tabelle, die Histogramme und die Streuung der Bauelemente folgen der Auswahl.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Performance space&lt;/b&gt;&lt;p&gt;The samples&apos; performances over two performances of your choice, the specification as a red star. Green: verified by SPICE, meets the specification; red: misses it; grey: not simulated yet (the surrogate&apos;s prediction). Drag a rectangle to select.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Kenngrößenraum&lt;/b&gt;&lt;p&gt;Die Kenngrößen der Samples über zwei Kenngrößen Ihrer Wahl, die Spezifikation als roter Stern. Grün: mit SPICE verifiziert, erfüllt die Spezifikation; rot: verfehlt sie; grau: noch nicht simuliert (die Vorhersage des Surrogatmodells). Ziehen Sie ein Rechteck auf, um auszuwählen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Samples&lt;/b&gt;&lt;p&gt;Every sample with its verdict, sizing rules and simulated performances; click a header to sort. Selecting rows filters the histograms and the device spread; one row shows its sizes on the schematic and is the one the netlist export writes.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Samples&lt;/b&gt;&lt;p&gt;Jedes Sample mit seinem Urteil, seinen Dimensionierungsregeln und simulierten Kenngrößen; klicken Sie auf einen Spaltenkopf, um zu sortieren. Eine Auswahl von Zeilen filtert die Histogramme und die Streuung der Bauelemente; eine einzelne Zeile zeigt ihre Größen im Schaltplan und ist die, die der Netzlistenexport schreibt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Histograms&lt;/b&gt;&lt;p&gt;The simulated values of each specified performance over the samples (or the selected ones), the specification as a line: Fig. 7 of the paper.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Histogramme&lt;/b&gt;&lt;p&gt;Die simulierten Werte jeder spezifizierten Kenngröße über die Samples (oder die ausgewählten), die Spezifikation als Linie: Abb. 7 des Artikels.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>inversize::ui::Plots</name>
    <message>
        <source>Export as PNG and SVG…</source>
        <translation>Als PNG und SVG exportieren…</translation>
    </message>
    <message>
        <source>Export the plot</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG and SVG (*.png)</source>
        <translation>PNG und SVG (*.png)</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
</context>
<context>
    <name>inversize::ui::exploration::ExplorationView</name>
    <message>
        <source>Open a trained project to explore its sizings.</source>
        <translation>Öffnen Sie ein trainiertes Projekt, um seine Dimensionierungen zu erkunden.</translation>
    </message>
    <message>
        <source>Sample clouds</source>
        <translation>Sample-Wolken</translation>
    </message>
    <message>
        <source>Histograms</source>
        <translation>Histogramme</translation>
    </message>
    <message>
        <source>Device spread</source>
        <translation>Streuung der Bauelemente</translation>
    </message>
    <message>
        <source>Export netlist…</source>
        <translation>Netzliste exportieren…</translation>
    </message>
    <message>
        <source>Samples as CSV…</source>
        <translation>Samples als CSV…</translation>
    </message>
    <message>
        <source>Specification as JSON…</source>
        <translation>Spezifikation als JSON…</translation>
    </message>
    <message>
        <source>Sampling failed: %1</source>
        <translation>Sampling fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Export the sizing as a netlist</source>
        <translation>Dimensionierung als Netzliste exportieren</translation>
    </message>
    <message>
        <source>SPICE netlists (*.cir *.sp *.spice)</source>
        <translation>SPICE-Netzlisten (*.cir *.sp *.spice)</translation>
    </message>
    <message>
        <source>Export the samples</source>
        <translation>Samples exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export the specification</source>
        <translation>Spezifikation exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>%1 training designs; set the specification.</source>
        <translation>%1 Trainingsentwürfe; legen Sie die Spezifikation fest.</translation>
    </message>
    <message>
        <source>; left-out performances from design #%1</source>
        <translation>; ausgelassene Kenngrößen aus Entwurf #%1</translation>
    </message>
    <message>
        <source>%1 samples (%2 s), %3 verified, %4 meet the specification %7 (%5 keeping every sizing rule)%6</source>
        <translation>%1 Samples (%2 s), %3 verifiziert, %4 erfüllen die Spezifikation %7 (%5 davon mit allen Dimensionierungsregeln)%6</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Bauelement</translation>
    </message>
    <message>
        <source>W mean</source>
        <translation>W Mittelwert</translation>
    </message>
    <message>
        <source>W std</source>
        <translation>W Std.-Abw.</translation>
    </message>
    <message>
        <source>L mean</source>
        <translation>L Mittelwert</translation>
    </message>
    <message>
        <source>L std</source>
        <translation>L Std.-Abw.</translation>
    </message>
    <message>
        <source>No samples to export yet.</source>
        <translation>Noch keine Samples zum Exportieren.</translation>
    </message>
    <message>
        <source>Robustness</source>
        <translation>Robustheit</translation>
    </message>
    <message>
        <source>%1 of %2 samples selected: the histograms and the device spread show these only · &lt;a href=&quot;all&quot;&gt;show all&lt;/a&gt;</source>
        <translation>%1 von %2 Samples ausgewählt: die Histogramme und die Streuung der Bauelemente zeigen nur diese · &lt;a href=&quot;all&quot;&gt;alle zeigen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 samples drawn by the model; refining and ranking them…</source>
        <translation>%1 Samples vom Modell gezogen; sie werden verfeinert und gereiht…</translation>
    </message>
    <message>
        <source>; drawn for design #%1, the nearest training design that meets it</source>
        <translation>; gezogen für Entwurf #%1, den nächsten Trainingsentwurf, der sie erfüllt</translation>
    </message>
    <message>
        <source>No training design meets this specification: fewer samples may meet it. </source>
        <translation>Kein Trainingsentwurf erfüllt diese Spezifikation: weniger Samples erfüllen sie womöglich. </translation>
    </message>
</context>
<context>
    <name>inversize::ui::exploration::LossPlot</name>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>loss (thin: training, thick: validation)</source>
        <translation>Verlust (dünn: Training, dick: Validierung)</translation>
    </message>
    <message>
        <source>performance surrogate</source>
        <translation>Kenngrößen-Surrogat</translation>
    </message>
</context>
<context>
    <name>inversize::ui::exploration::RobustnessPanel</name>
    <message>
        <source>Monte Carlo runs per sizing: global variation and mismatch</source>
        <translation>Monte-Carlo-Läufe je Dimensionierung: globale Variation und Mismatch</translation>
    </message>
    <message>
        <source>Estimate yield</source>
        <translation>Ausbeute schätzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export most robust…</source>
        <translation>Robusteste exportieren…</translation>
    </message>
    <message>
        <source>Verify samples, then estimate their yield.</source>
        <translation>Erst Samples verifizieren, dann ihre Ausbeute schätzen.</translation>
    </message>
    <message>
        <source>Monte Carlo runs</source>
        <translation>Monte-Carlo-Läufe</translation>
    </message>
    <message>
        <source>Corners</source>
        <translation>Ecken</translation>
    </message>
    <message>
        <source>Export the most robust sizing</source>
        <translation>Robusteste Dimensionierung exportieren</translation>
    </message>
    <message>
        <source>SPICE netlists (*.cir *.sp *.spice)</source>
        <translation>SPICE-Netzlisten (*.cir *.sp *.spice)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>The estimate failed: %1</source>
        <translation>Die Schätzung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>An estimate is running.</source>
        <translation>Eine Schätzung läuft.</translation>
    </message>
    <message>
        <source>No samples to estimate yet.</source>
        <translation>Noch keine Samples zum Schätzen.</translation>
    </message>
    <message>
        <source>No verified sample yet: wait for the verification.</source>
        <translation>Noch kein verifiziertes Sample: warten Sie auf die Verifikation.</translation>
    </message>
    <message>
        <source>Estimating the yield of %1 sizings: %2 Monte Carlo runs and %3 corners each…</source>
        <translation>Schätze die Ausbeute von %1 Dimensionierungen: je %2 Monte-Carlo-Läufe und %3 Ecken…</translation>
    </message>
    <message>
        <source>Cancelled: </source>
        <translation>Abgebrochen: </translation>
    </message>
    <message>
        <source>yield of %1 sizings; the most robust is sample %2 (%3).</source>
        <translation>Ausbeute von %1 Dimensionierungen; am robustesten ist Sample %2 (%3).</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <source>yield</source>
        <translation>Ausbeute</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>nominal</source>
        <translation>Nominalpunkt</translation>
    </message>
    <message>
        <source>corners</source>
        <translation>Ecken</translation>
    </message>
    <message>
        <source>limiting</source>
        <translation>begrenzend</translation>
    </message>
    <message>
        <source> (most robust)</source>
        <translation> (am robustesten)</translation>
    </message>
    <message>
        <source>meets</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>misses</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <source>all meet</source>
        <translation>alle erfüllen</translation>
    </message>
    <message>
        <source>some miss</source>
        <translation>einige verfehlen</translation>
    </message>
    <message>
        <source>corner</source>
        <translation>Ecke</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>the worst corner of %1</source>
        <translation>die schlechteste Ecke für %1</translation>
    </message>
    <message>
        <source>default</source>
        <comment>corner set</comment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>all</source>
        <comment>corner set</comment>
        <translation>alle</translation>
    </message>
    <message>
        <source>none</source>
        <comment>corner set</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1: every process corner and the supply/temperature extremes; %2; %3; or a list PROCESS[/SUPPLY/TEMPERATURE], e.g. ss,ff/high/cold</source>
        <translation>%1: jede Prozessecke und die Extreme von Versorgung und Temperatur; %2; %3; oder eine Liste PROZESS[/VERSORGUNG/TEMPERATUR], z. B. ss,ff/high/cold</translation>
    </message>
</context>
<context>
    <name>inversize::ui::exploration::SamplesTable</name>
    <message>
        <source>sizing rules</source>
        <translation>Dimensionierungsregeln</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>verletzt</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>meets</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>meets (tol.)</source>
        <translation>erfüllt (Tol.)</translation>
    </message>
    <message>
        <source>Every given performance on the right side of its value, %1</source>
        <translation>Jede angegebene Kenngröße auf der richtigen Seite ihres Werts, %1</translation>
    </message>
    <message>
        <source>Yield</source>
        <translation>Ausbeute</translation>
    </message>
    <message>
        <source>Share of the Monte Carlo runs that meet the specification (Robustness tab); its 95 % (Wilson) interval on hover</source>
        <translation>Anteil der Monte-Carlo-Läufe, die die Spezifikation erfüllen (Reiter Robustheit); das 95-%-Intervall (Wilson) beim Überfahren</translation>
    </message>
    <message>
        <source>%1 of %2 Monte Carlo runs meet; 95 % (Wilson) interval %3 – %4%5</source>
        <translation>%1 von %2 Monte-Carlo-Läufen erfüllen sie; 95-%-Intervall (Wilson) %3 – %4%5</translation>
    </message>
    <message>
        <source> (cancelled: fewer runs than asked)</source>
        <translation> (abgebrochen: weniger Läufe als verlangt)</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Where the sample comes from: drawn by the diffusion model, a training design near the specification (archive), or a sample of an earlier simulation round that missed, refined again (retry)</source>
        <translation>Woher das Sample stammt: vom Diffusionsmodell gezogen, ein Trainingsentwurf nahe der Spezifikation (Archiv) oder ein Sample einer früheren Simulationsrunde, das sie verfehlte, erneut verfeinert (Wiederholung)</translation>
    </message>
    <message>
        <source>retry of #%1</source>
        <translation>Wiederholung von #%1</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>gezogen</translation>
    </message>
    <message>
        <source>Sample #%1 missed the specification when simulated; this is it refined again by the surrogate, corrected by what SPICE measured there</source>
        <translation>Sample #%1 verfehlte in der Simulation die Spezifikation; dies ist es, vom Surrogatmodell erneut verfeinert, korrigiert um das, was SPICE dort gemessen hat</translation>
    </message>
    <message>
        <source>A training design near the specification, refined by the surrogate like a draw</source>
        <translation>Ein Trainingsentwurf nahe der Spezifikation, vom Surrogatmodell verfeinert wie ein gezogenes Sample</translation>
    </message>
    <message>
        <source>Drawn by the diffusion model</source>
        <translation>Vom Diffusionsmodell gezogen</translation>
    </message>
</context>
<context>
    <name>inversize::ui::exploration::ScatterView</name>
    <message>
        <source>Sizing space:</source>
        <translation>Dimensionierungsraum:</translation>
    </message>
    <message>
        <source>Performance space:</source>
        <translation>Kenngrößenraum:</translation>
    </message>
    <message>
        <source>nearest training designs</source>
        <translation>nächstgelegene Trainingsentwürfe</translation>
    </message>
    <message>
        <source>specification</source>
        <translation>Spezifikation</translation>
    </message>
    <message>
        <source>meets the specification (%1)</source>
        <translation>erfüllt die Spezifikation (%1)</translation>
    </message>
    <message>
        <source>yield ≥ 99 %</source>
        <translation>Ausbeute ≥ 99 %</translation>
    </message>
    <message>
        <source>yield 90–99 %</source>
        <translation>Ausbeute 90–99 %</translation>
    </message>
    <message>
        <source>yield 50–90 %</source>
        <translation>Ausbeute 50–90 %</translation>
    </message>
    <message>
        <source>yield &lt; 50 %</source>
        <translation>Ausbeute &lt; 50 %</translation>
    </message>
    <message>
        <source>Colour by yield</source>
        <translation>Nach Ausbeute färben</translation>
    </message>
    <message>
        <source>Ring every sample whose yield was estimated (Robustness tab) in the colour of its yield</source>
        <translation>Jedes Sample, dessen Ausbeute geschätzt wurde (Reiter Robustheit), mit einem Ring in der Farbe seiner Ausbeute markieren</translation>
    </message>
    <message>
        <source>not verified</source>
        <comment>cloud legend</comment>
        <translation>ungeprüft</translation>
    </message>
    <message>
        <source>Drawn and ranked, not simulated yet: the performance cloud shows the surrogate&apos;s prediction</source>
        <translation>Gezogen und gereiht, noch nicht simuliert: die Kenngrößenwolke zeigt die Vorhersage des Surrogatmodells</translation>
    </message>
    <message>
        <source>misses</source>
        <comment>cloud legend</comment>
        <translation>verfehlt</translation>
    </message>
    <message>
        <source>Verified by SPICE: misses the specification</source>
        <translation>Mit SPICE verifiziert: verfehlt die Spezifikation</translation>
    </message>
    <message>
        <source>meets (tol.)</source>
        <comment>cloud legend</comment>
        <translation>erfüllt (Tol.)</translation>
    </message>
    <message>
        <source>meets</source>
        <comment>cloud legend</comment>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>nearest training</source>
        <comment>cloud legend</comment>
        <translation>Trainingsnachbarn</translation>
    </message>
    <message>
        <source>The ring&apos;s colour: the sample&apos;s yield, estimated in the Robustness tab</source>
        <translation>Die Farbe des Rings: die Ausbeute des Samples, geschätzt im Reiter Robustheit</translation>
    </message>
    <message>
        <source>target</source>
        <comment>cloud legend</comment>
        <translation>Ziel</translation>
    </message>
</context>
<context>
    <name>inversize::ui::exploration::SpecPanel</name>
    <message>
        <source>Specification</source>
        <translation>Spezifikation</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <source>Refine with the surrogate</source>
        <translation>Mit dem Surrogatmodell verfeinern</translation>
    </message>
    <message>
        <source>meet the specification</source>
        <translation>die Spezifikation erfüllen</translation>
    </message>
    <message>
        <source>match the values (±%1)</source>
        <translation>die Werte treffen (±%1)</translation>
    </message>
    <message>
        <source>What the ranking and the refinement aim at. Meet: every performance on the right side of its value (with the tolerance, if any). Match: within %1 of every value on both sides, to reproduce a performance vector (e.g. one loaded from a design); no aiming at a training design then.</source>
        <translation>Worauf Reihung und Verfeinerung zielen. Erfüllen: jede Kenngröße auf der richtigen Seite ihres Werts (mit der Toleranz, falls angegeben). Treffen: jeder Wert auf beiden Seiten auf %1 genau, um einen Kenngrößenvektor nachzubilden (etwa den eines geladenen Entwurfs); dann ohne Ausrichtung auf einen Trainingsentwurf.</translation>
    </message>
    <message>
        <source>Surrogate aims to</source>
        <translation>Surrogatmodell soll</translation>
    </message>
    <message>
        <source>Move every drawn sizing a little, by the model&apos;s surrogate, towards meeting the specification before the samples are ranked and simulated; the simulation still judges them.</source>
        <translation>Verschiebt jede gezogene Dimensionierung ein wenig, mit dem Surrogatmodell des Modells, in Richtung der Spezifikation, bevor die Samples gereiht und simuliert werden; geurteilt wird weiterhin durch die Simulation.</translation>
    </message>
    <message>
        <source>Aim at a training design that meets it</source>
        <translation>Auf einen Trainingsentwurf zielen, der sie erfüllt</translation>
    </message>
    <message>
        <source>Condition the model on the nearest training design that meets the specification, where one does: a point of the Pareto front the model knows, rather than a relaxed specification off it. The samples are still judged by the specification.</source>
        <translation>Konditioniert das Modell auf den nächsten Trainingsentwurf, der die Spezifikation erfüllt, sofern es einen gibt: ein Punkt der Pareto-Front, den das Modell kennt, statt einer gelockerten Spezifikation abseits davon. Die Samples werden weiterhin an der Spezifikation gemessen.</translation>
    </message>
    <message>
        <source>Candidates per sample</source>
        <translation>Kandidaten je Sample</translation>
    </message>
    <message>
        <source>Draw this many sizings per sample and keep the samples that the model&apos;s surrogate finds likeliest to meet the specification, likeliest first (1: keep every sizing drawn)</source>
        <translation>Zieht so viele Dimensionierungen je Sample und behält die Samples, die das Surrogatmodell des Modells am ehesten als spezifikationsgerecht einschätzt, die wahrscheinlichsten zuerst (1: jede gezogene Dimensionierung behalten)</translation>
    </message>
    <message>
        <source>Guidance weight</source>
        <translation>Guidance-Gewicht</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert (Seed)</translation>
    </message>
    <message>
        <source>From design</source>
        <translation>Aus Entwurf</translation>
    </message>
    <message>
        <source>Use the simulated performances of this dataset design as the specification</source>
        <translation>Die simulierten Kenngrößen dieses Entwurfs aus dem Datensatz als Spezifikation verwenden</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Outside the training data (%1 … %2): the model extrapolates</source>
        <translation>Außerhalb der Trainingsdaten (%1 … %2): das Modell extrapoliert</translation>
    </message>
    <message>
        <source>none: met strictly (e.g. gain_db=0.5 pm_deg=1 gbw_hz=2%)</source>
        <translation>keine: streng erfüllt (z. B. gain_db=0.5 pm_deg=1 gbw_hz=2%)</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source> — ignored: values are met strictly</source>
        <translation> — ignoriert: die Werte gelten streng</translation>
    </message>
    <message>
        <source>%1 (%2): %3 — uncheck to leave it out: it is then filled from the nearest training design</source>
        <translation>%1 (%2): %3 — abwählen, um sie wegzulassen: sie wird dann aus dem nächstgelegenen Trainingsentwurf übernommen</translation>
    </message>
    <message>
        <source>Drag with Shift held for a %1× finer setting</source>
        <translation>Mit gedrückter Umschalttaste ziehen für eine %1× feinere Einstellung</translation>
    </message>
    <message>
        <source>tolerance &apos;%1&apos;: not a value in %2</source>
        <translation>Toleranz „%1“: kein Wert in %2</translation>
    </message>
    <message>
        <source>How far on the bad side of a value a simulated sizing may lie and still meet it: in the performance&apos;s own unit (gain_db=0.5 dB, pm_deg=1°, power_w=10 µW) or, for linear quantities, in percent (gbw_hz=2%). Empty: a value is met when the simulation is on its right side.</source>
        <translation>Wie weit eine simulierte Dimensionierung auf der schlechten Seite eines Werts liegen darf und ihn noch erfüllt: in der Einheit der Kenngröße (gain_db=0.5 dB, pm_deg=1°, power_w=10 µW) oder, für lineare Größen, in Prozent (gbw_hz=2%). Leer: ein Wert ist erfüllt, wenn die Simulation auf seiner richtigen Seite liegt.</translation>
    </message>
    <message>
        <source>Simulate the samples in this many rounds: after each, the surrogate is corrected by what ngspice measured, the samples not simulated yet are chosen again, and a sizing that missed is tried again nearby. 1: all at once.</source>
        <translation>Die Samples in so vielen Runden simulieren: Nach jeder wird das Surrogatmodell um das korrigiert, was ngspice gemessen hat, die noch nicht simulierten Samples werden neu gewählt, und eine Dimensionierung, die die Spezifikation verfehlt hat, wird in ihrer Nähe erneut versucht. 1: alle auf einmal.</translation>
    </message>
    <message>
        <source>Simulation rounds</source>
        <translation>Simulationsrunden</translation>
    </message>
</context>
<context>
    <name>inversize::ui::help::UserGuide</name>
    <message>
        <source>InverSize user guide</source>
        <translation>InverSize-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>InverSize sizes a CMOS opamp backwards: you state the performances, it draws many transistor sizings that meet them, each verified with ngspice. Four steps take you from a netlist to a sized one.</source>
        <translation>InverSize dimensioniert einen CMOS-OPV rückwärts: Sie geben die Kenngrößen vor, es zieht viele Transistordimensionierungen, die sie erfüllen, jede mit ngspice verifiziert. Vier Schritte führen von einer Netzliste zu einer dimensionierten.</translation>
    </message>
    <message>
        <source>1. Open your opamp</source>
        <translation>1. Ihren OPV öffnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;File → New from netlist&lt;/b&gt; reads your opamp (a SPICE &lt;tt&gt;.subckt&lt;/tt&gt; or a whole deck) with your technology; the start page and &lt;b&gt;File → Open example&lt;/b&gt; offer the shipped examples, trained projects first. The &lt;b&gt;Schematic&lt;/b&gt; tab draws the circuit with its structural blocks (shaded, named as in the paper: &lt;tt&gt;DP_t&lt;/tt&gt;, &lt;tt&gt;CM_l&lt;/tt&gt;, …) and colours every device by its function: bias, load, transconductance. Click a block to see its devices, sizes and operating points; the nominal simulation (F5) fills the performances.</source>
        <translation>&lt;b&gt;Datei → Neu aus Netzliste&lt;/b&gt; liest Ihren OPV (ein SPICE-&lt;tt&gt;.subckt&lt;/tt&gt; oder ein ganzes Deck) mit Ihrer Technologie; die Startseite und &lt;b&gt;Datei → Beispiel öffnen&lt;/b&gt; bieten die mitgelieferten Beispiele, trainierte Projekte zuerst. Der Reiter &lt;b&gt;Schaltplan&lt;/b&gt; zeichnet die Schaltung mit ihren Strukturblöcken (schattiert, benannt wie im Paper: &lt;tt&gt;DP_t&lt;/tt&gt;, &lt;tt&gt;CM_l&lt;/tt&gt;, …) und färbt jedes Bauelement nach seiner Funktion: Bias, Last, Transkonduktanz. Klicken Sie auf einen Block, um seine Bauelemente, Größen und Arbeitspunkte zu sehen; die Nominalsimulation (F5) füllt die Kenngrößen.</translation>
    </message>
    <message>
        <source>2. Generate data and train</source>
        <translation>2. Daten erzeugen und trainieren</translation>
    </message>
    <message>
        <source>3. Explore sizings</source>
        <translation>3. Dimensionierungen erkunden</translation>
    </message>
    <message>
        <source>4. Export</source>
        <translation>4. Exportieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Project → Generate training data&lt;/b&gt; simulates designs spread over the design space (NSGA-II keeps a Pareto archive) and stores them in the project file. &lt;b&gt;Project → Train sizing models&lt;/b&gt; then trains one diffusion model per block, each with its surrogate; the &lt;b&gt;Training&lt;/b&gt; tab shows its loss curves per block and its progress. Both run in the background and can be cancelled without losing what is stored.</source>
        <translation>&lt;b&gt;Projekt → Trainingsdaten erzeugen&lt;/b&gt; simuliert über den Entwurfsraum verteilte Entwürfe (NSGA-II führt ein Pareto-Archiv) und speichert sie in der Projektdatei. &lt;b&gt;Projekt → Dimensionierungsmodelle trainieren&lt;/b&gt; trainiert dann ein Diffusionsmodell je Block, jedes mit seinem Surrogatmodell; der Reiter &lt;b&gt;Training&lt;/b&gt; zeigt die Verlustkurven je Block und den Fortschritt. Beides läuft im Hintergrund und lässt sich abbrechen, ohne Gespeichertes zu verlieren.</translation>
    </message>
    <message>
        <source>In the &lt;b&gt;Exploration&lt;/b&gt; tab, tick the performances you ask for and set their values with the sliders or spin boxes; the shaded band shows what the training data covers. Each change draws new sizings, refines them with the surrogate and shows them at once in sizing and performance space; their ngspice verification streams in. The table sorts them; selecting samples in a cloud or the table links the views and restricts the histograms and the device spread to them.</source>
        <translation>Im Reiter &lt;b&gt;Exploration&lt;/b&gt; wählen Sie die geforderten Kenngrößen an und setzen ihre Werte mit den Schiebereglern oder Zahlenfeldern; das schattierte Band zeigt, was die Trainingsdaten abdecken. Jede Änderung zieht neue Dimensionierungen, verfeinert sie mit dem Surrogatmodell und zeigt sie sofort im Dimensionierungs- und im Kenngrößenraum; ihre Verifikation mit ngspice trifft nach und nach ein. Die Tabelle sortiert sie; eine Auswahl von Samples in einer Wolke oder der Tabelle verknüpft die Ansichten und beschränkt die Histogramme und die Bauelementstreuung auf sie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Export netlist…&lt;/b&gt; writes your own netlist file with the chosen sizing&apos;s sizes and a header that says what was exported: the specification, the verified performances, the date and the version. The samples export as CSV, the specification as JSON. The same steps run in batch with &lt;tt&gt;inversize-cli new&lt;/tt&gt;, &lt;tt&gt;generate&lt;/tt&gt;, &lt;tt&gt;train&lt;/tt&gt; and &lt;tt&gt;sample --verify --export&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;Netzliste exportieren…&lt;/b&gt; schreibt Ihre eigene Netzlistendatei mit den Größen der gewählten Dimensionierung und einem Kopf, der sagt, was exportiert wurde: die Spezifikation, die verifizierten Kenngrößen, das Datum und die Version. Die Samples werden als CSV exportiert, die Spezifikation als JSON. Dieselben Schritte laufen im Stapelbetrieb mit &lt;tt&gt;inversize-cli new&lt;/tt&gt;, &lt;tt&gt;generate&lt;/tt&gt;, &lt;tt&gt;train&lt;/tt&gt; und &lt;tt&gt;sample --verify --export&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>Values are shown and typed in engineering notation: &lt;tt&gt;710 mV&lt;/tt&gt;, &lt;tt&gt;26.31 MHz&lt;/tt&gt;, or short &lt;tt&gt;710m&lt;/tt&gt;, &lt;tt&gt;5p&lt;/tt&gt;, &lt;tt&gt;1.2meg&lt;/tt&gt;; a bare number takes the performance&apos;s unit. After a yield study in the &lt;b&gt;Robustness&lt;/b&gt; tab the table has a &lt;b&gt;Yield&lt;/b&gt; column to sort by, and the clouds colour the samples by their yield.</source>
        <translation>Werte werden in technischer Notation angezeigt und eingegeben: &lt;tt&gt;710 mV&lt;/tt&gt;, &lt;tt&gt;26.31 MHz&lt;/tt&gt; oder kurz &lt;tt&gt;710m&lt;/tt&gt;, &lt;tt&gt;5p&lt;/tt&gt;, &lt;tt&gt;1.2meg&lt;/tt&gt;; eine bloße Zahl hat die Einheit der Kenngröße. Nach einer Ausbeute-Studie im Reiter &lt;b&gt;Robustheit&lt;/b&gt; hat die Tabelle eine Spalte &lt;b&gt;Ausbeute&lt;/b&gt; zum Sortieren, und die Wolken färben die Samples nach ihrer Ausbeute.</translation>
    </message>
    <message>
        <source>The simulations run in two rounds: once the first half is verified, the surrogate is corrected by what ngspice measured, the other half is chosen again, and a sizing that missed is tried again nearby. The table&apos;s &lt;b&gt;origin&lt;/b&gt; column says which: drawn by the model, a training design (archive), or a retry.</source>
        <translation>Die Simulationen laufen in zwei Runden: Sobald die erste Hälfte verifiziert ist, wird das Surrogatmodell um das korrigiert, was ngspice gemessen hat, die andere Hälfte wird neu gewählt, und eine Dimensionierung, die die Spezifikation verfehlt hat, wird in ihrer Nähe erneut versucht. Die Spalte &lt;b&gt;Herkunft&lt;/b&gt; der Tabelle sagt, was was ist: vom Modell gezogen, ein Trainingsentwurf (Archiv) oder eine Wiederholung.</translation>
    </message>
    <message>
        <source>The model draws for the nearest training design that meets your specification, and the status line names it. When no training design meets it, the status line says so first: the specification lies beyond what the model was trained on, and fewer samples will meet it; relax a bound, or generate more training data there.</source>
        <translation>Das Modell zieht für den nächsten Trainingsentwurf, der Ihre Spezifikation erfüllt, und die Statuszeile nennt ihn. Erfüllt kein Trainingsentwurf sie, sagt die Statuszeile das zuerst: Die Spezifikation liegt jenseits dessen, worauf das Modell trainiert wurde, und weniger Samples werden sie erfüllen; lockern Sie eine Grenze oder erzeugen Sie dort mehr Trainingsdaten.</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::AboutDialog</name>
    <message>
        <source>&lt;h2&gt;InverSize %1&lt;/h2&gt;&lt;p&gt;Inverse sizing of CMOS operational amplifiers with diffusion models and structural knowledge.&lt;/p&gt;&lt;p&gt;Copyright © the InverSize developers. InverSize is free software under the &lt;b&gt;GNU General Public License, version 3 or later&lt;/b&gt; (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;It is built on:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL-3.0 / GPL)&lt;/li&gt;&lt;li&gt;QCustomPlot (GPL-3.0)&lt;/li&gt;&lt;li&gt;LibTorch (BSD-3-Clause)&lt;/li&gt;&lt;li&gt;ngspice (BSD-3-Clause and others)&lt;/li&gt;&lt;li&gt;Boost (Boost Software License 1.0)&lt;/li&gt;&lt;li&gt;pagmo (GPL-3.0 / LGPL-3.0)&lt;/li&gt;&lt;li&gt;SQLite (public domain), nlohmann/json (MIT), CLI11 (BSD-3-Clause)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The method: Azevedo, Leibl, Graeb, Martins, &lt;i&gt;Inverse Sizing and Exploration Based on Diffusion Models and Structural Knowledge&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;InverSize %1&lt;/h2&gt;&lt;p&gt;Inverse Dimensionierung von CMOS-Operationsverstärkern mit Diffusionsmodellen und Strukturwissen.&lt;/p&gt;&lt;p&gt;Copyright © die InverSize-Entwickler. InverSize ist freie Software unter der &lt;b&gt;GNU General Public License, Version 3 oder später&lt;/b&gt; (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Es baut auf:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL-3.0 / GPL)&lt;/li&gt;&lt;li&gt;QCustomPlot (GPL-3.0)&lt;/li&gt;&lt;li&gt;LibTorch (BSD-3-Clause)&lt;/li&gt;&lt;li&gt;ngspice (BSD-3-Clause und andere)&lt;/li&gt;&lt;li&gt;Boost (Boost Software License 1.0)&lt;/li&gt;&lt;li&gt;pagmo (GPL-3.0 / LGPL-3.0)&lt;/li&gt;&lt;li&gt;SQLite (gemeinfrei), nlohmann/json (MIT), CLI11 (BSD-3-Clause)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Die Methode: Azevedo, Leibl, Graeb, Martins, &lt;i&gt;Inverse Sizing and Exploration Based on Diffusion Models and Structural Knowledge&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About InverSize</source>
        <translation>Über InverSize</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::BlockPanel</name>
    <message>
        <source>Click a block in the schematic or the circuit tree.</source>
        <translation>Klicken Sie auf einen Block im Schaltplan oder im Schaltungsbaum.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Bauelement</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1, I_D = %2, g_m = %3</source>
        <translation>%1, I_D = %2, g_m = %3</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::CircuitTree</name>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Blocks (%1)</source>
        <translation>Blöcke (%1)</translation>
    </message>
    <message>
        <source>Devices (%1)</source>
        <translation>Bauelemente (%1)</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::MainWindow</name>
    <message>
        <source>Schematic</source>
        <translation>Schaltplan</translation>
    </message>
    <message>
        <source>Exploration</source>
        <translation>Exploration</translation>
    </message>
    <message>
        <source>Sample %1 on the schematic.</source>
        <translation>Sample %1 im Schaltplan.</translation>
    </message>
    <message>
        <source> — ETA %1 s</source>
        <translation> — Restzeit %1 s</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>Failed: %1 %2</source>
        <translation>Fehlgeschlagen: %1 %2</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Schaltung</translation>
    </message>
    <message>
        <source>Block variables</source>
        <translation>Blockvariablen</translation>
    </message>
    <message>
        <source>Performances</source>
        <translation>Kenngrößen</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New from netlist…</source>
        <translation>&amp;Neu aus Netzliste…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save as project…</source>
        <translation>Als Projekt &amp;speichern…</translation>
    </message>
    <message>
        <source>Export schematic as &amp;SVG…</source>
        <translation>Schaltplan als &amp;SVG exportieren…</translation>
    </message>
    <message>
        <source>Export schematic as &amp;PNG…</source>
        <translation>Schaltplan als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show structural &amp;blocks</source>
        <translation>Struktur&amp;blöcke zeigen</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Show device &amp;functions</source>
        <translation>Bauelement&amp;funktionen zeigen</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>An Fenster an&amp;passen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation>&amp;Simulieren</translation>
    </message>
    <message>
        <source>&amp;Simulate nominal design</source>
        <translation>Nominalen Entwurf &amp;simulieren</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>P&amp;rojekt</translation>
    </message>
    <message>
        <source>&amp;Generate training data…</source>
        <translation>Trainingsdaten &amp;erzeugen…</translation>
    </message>
    <message>
        <source>&amp;Train sizing models…</source>
        <translation>Dimensionierungsmodelle &amp;trainieren…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language can change when no job runs. Wait for &quot;%1&quot; or cancel it.</source>
        <translation>Die Sprache kann wechseln, wenn kein Auftrag läuft. Warten Sie auf &quot;%1&quot; oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About InverSize</source>
        <translation>Über &amp;InverSize</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>%1

The circuit open before is still open.</source>
        <translation>%1

Die zuvor geöffnete Schaltung bleibt geöffnet.</translation>
    </message>
    <message>
        <source>Cannot read the netlist</source>
        <translation>Netzliste nicht lesbar</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Opened %1: %2 devices, %3 blocks.</source>
        <translation>%1 geöffnet: %2 Bauelemente, %3 Blöcke.</translation>
    </message>
    <message>
        <source>Exploration: %1</source>
        <translation>Exploration: %1</translation>
    </message>
    <message>
        <source>Generating training data for %1…</source>
        <translation>Erzeuge Trainingsdaten für %1…</translation>
    </message>
    <message>
        <source>%1 designs simulated (%2 feasible), %3 in the training archive.</source>
        <translation>%1 Entwürfe simuliert (%2 zulässig), %3 im Trainingsarchiv.</translation>
    </message>
    <message>
        <source>Training the %1 model of %2…</source>
        <translation>Trainiere das %1-Modell von %2…</translation>
    </message>
    <message>
        <source>Model %1 trained on %2 designs in %3 s.</source>
        <translation>Modell %1 mit %2 Entwürfen in %3 s trainiert.</translation>
    </message>
    <message>
        <source>Simulating %1…</source>
        <translation>Simuliere %1…</translation>
    </message>
    <message>
        <source>The design failed: %1</source>
        <translation>Der Entwurf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Sizing rule: %1</source>
        <translation>Dimensionierungsregel: %1</translation>
    </message>
    <message>
        <source>New from netlist</source>
        <translation>Neu aus Netzliste</translation>
    </message>
    <message>
        <source>SPICE netlists (*.cir *.sp *.spi *.spice *.net *.ckt);;All files (*)</source>
        <translation>SPICE-Netzlisten (*.cir *.sp *.spi *.spice *.net *.ckt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>InverSize projects and netlists (*.isz *.cir *.sp *.spi *.spice *.net *.ckt);;All files (*)</source>
        <translation>InverSize-Projekte und Netzlisten (*.isz *.cir *.sp *.spi *.spice *.net *.ckt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save as project</source>
        <translation>Als Projekt speichern</translation>
    </message>
    <message>
        <source>InverSize projects (*.isz)</source>
        <translation>InverSize-Projekte (*.isz)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export schematic</source>
        <translation>Schaltplan exportieren</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 — InverSize</source>
        <translation>%1 — InverSize</translation>
    </message>
    <message>
        <source>InverSize</source>
        <translation>InverSize</translation>
    </message>
    <message>
        <source>%1: %2 devices, %3 nets, %4 blocks, %5 symmetric pairs — technology %6</source>
        <translation>%1: %2 Bauelemente, %3 Netze, %4 Blöcke, %5 symmetrische Paare — Technologie %6</translation>
    </message>
    <message>
        <source>No circuit open</source>
        <translation>Keine Schaltung geöffnet</translation>
    </message>
    <message>
        <source>A job is running</source>
        <translation>Ein Auftrag läuft</translation>
    </message>
    <message>
        <source>%1
Cancel it and close? What it finished is saved.</source>
        <translation>%1
Abbrechen und schließen? Bereits Fertiggestelltes bleibt gespeichert.</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Open &amp;example</source>
        <translation>B&amp;eispiel öffnen</translation>
    </message>
    <message>
        <source>&amp;Schematic</source>
        <translation>&amp;Schaltplan</translation>
    </message>
    <message>
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <source>&amp;Exploration</source>
        <translation>&amp;Exploration</translation>
    </message>
    <message>
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Ctrl+F1</source>
        <translation>Ctrl+F1</translation>
    </message>
    <message>
        <source>&amp;What&apos;s this?</source>
        <translation>&amp;Was ist das?</translation>
    </message>
    <message>
        <source>Click a control of the exploration view to read what it does</source>
        <translation>Klicken Sie auf ein Bedienelement der Explorationsansicht, um zu lesen, was es tut</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Open a shipped project (trained ones explore at once) or a built-in circuit</source>
        <translation>Ein mitgeliefertes Projekt (trainierte lassen sich sofort erkunden) oder eine eingebaute Schaltung öffnen</translation>
    </message>
    <message>
        <source>Exploration needs a project with a trained model (File → Open example lists trained ones).</source>
        <translation>Die Exploration braucht ein Projekt mit trainiertem Modell (Datei → Beispiel öffnen führt trainierte auf).</translation>
    </message>
    <message>
        <source>Exploration needs a trained model: save the circuit as a project (File → Save as project…), then Project → Generate training data… and Project → Train sizing models…</source>
        <translation>Die Exploration braucht ein trainiertes Modell: speichern Sie die Schaltung als Projekt (Datei → Als Projekt speichern…), dann Projekt → Trainingsdaten erzeugen… und Projekt → Dimensionierungsmodelle trainieren…</translation>
    </message>
    <message>
        <source>no training data and no trained model yet: generate training data first (Project → Generate training data…, Ctrl+G), then train (Project → Train sizing models…, Ctrl+T).</source>
        <translation>noch keine Trainingsdaten und kein trainiertes Modell: erzeugen Sie zuerst Trainingsdaten (Projekt → Trainingsdaten erzeugen…, Strg+G), dann trainieren Sie (Projekt → Dimensionierungsmodelle trainieren…, Strg+T).</translation>
    </message>
    <message>
        <source>no trained model yet (%1 training designs): train one with Project → Train sizing models… (Ctrl+T).</source>
        <translation>noch kein trainiertes Modell (%1 Trainingsentwürfe): trainieren Sie eines mit Projekt → Dimensionierungsmodelle trainieren… (Strg+T).</translation>
    </message>
    <message>
        <source>a job is running (%1): wait for it or cancel it (Esc)</source>
        <translation>ein Auftrag läuft (%1): warten Sie auf ihn oder brechen Sie ihn ab (Esc)</translation>
    </message>
    <message>
        <source>open a circuit or a project first (File → Open example)</source>
        <translation>öffnen Sie zuerst eine Schaltung oder ein Projekt (Datei → Beispiel öffnen)</translation>
    </message>
    <message>
        <source>%1 is a circuit, not a project: save it as a project first (File → Save as project…)</source>
        <translation>%1 ist eine Schaltung, kein Projekt: speichern Sie sie zuerst als Projekt (Datei → Als Projekt speichern…)</translation>
    </message>
    <message>
        <source>%1 — off: %2</source>
        <translation>%1 — nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>Simulate designs of the design space for the training archive</source>
        <translation>Entwürfe aus dem Entwurfsraum für das Trainingsarchiv simulieren</translation>
    </message>
    <message>
        <source>Train one sizing model per block on the training archive</source>
        <translation>Ein Dimensionierungsmodell je Block auf dem Trainingsarchiv trainieren</translation>
    </message>
    <message>
        <source>Simulate the open circuit at its nominal sizes</source>
        <translation>Die geöffnete Schaltung mit ihren nominalen Größen simulieren</translation>
    </message>
    <message>
        <source>open a circuit first</source>
        <translation>öffnen Sie zuerst eine Schaltung</translation>
    </message>
    <message>
        <source>Save the open circuit as a project, to generate data and train models</source>
        <translation>Die geöffnete Schaltung als Projekt speichern, um Daten zu erzeugen und Modelle zu trainieren</translation>
    </message>
    <message>
        <source>Cancel the running job; what it finished is kept</source>
        <translation>Den laufenden Auftrag abbrechen; bereits Fertiggestelltes bleibt erhalten</translation>
    </message>
    <message>
        <source>no job is running</source>
        <translation>kein Auftrag läuft</translation>
    </message>
    <message>
        <source>The exploration view</source>
        <translation>Die Explorationsansicht</translation>
    </message>
    <message>
        <source>%1 designs kept (%2 in the training archive).</source>
        <translation>%1 Entwürfe bleiben erhalten (%2 im Trainingsarchiv).</translation>
    </message>
    <message>
        <source>Not saved as a project: the Project menu (data generation, training) needs one — File → Save as project…</source>
        <translation>Nicht als Projekt gespeichert: das Menü Projekt (Datenerzeugung, Training) braucht eines — Datei → Als Projekt speichern…</translation>
    </message>
    <message>
        <source>Saved %1. Next: Project → Generate training data… (Ctrl+G), then Project → Train sizing models… (Ctrl+T).</source>
        <translation>%1 gespeichert. Weiter: Projekt → Trainingsdaten erzeugen… (Strg+G), dann Projekt → Dimensionierungsmodelle trainieren… (Strg+T).</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Geschlossen.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close the circuit or project and show the start page</source>
        <translation>Schaltung oder Projekt schließen und die Startseite zeigen</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>Alt+3</source>
        <translation>Alt+3</translation>
    </message>
    <message>
        <source>The training view: loss curves and progress</source>
        <translation>Die Trainingsansicht: Verlustkurven und Fortschritt</translation>
    </message>
    <message>
        <source>open a project first</source>
        <translation>zuerst ein Projekt öffnen</translation>
    </message>
    <message>
        <source>no circuit is open</source>
        <translation>keine Schaltung geöffnet</translation>
    </message>
    <message>
        <source>The schematic view</source>
        <translation>Die Schaltplanansicht</translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation>Den Bereich „%1“ zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>The files opened before, newest first</source>
        <translation>Die zuvor geöffneten Dateien, die neueste zuerst</translation>
    </message>
    <message>
        <source>no file has been opened yet</source>
        <translation>noch keine Datei geöffnet</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::NewProjectDialog</name>
    <message>
        <source>New from netlist</source>
        <translation>Neu aus Netzliste</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 devices on %3 nets were recognised.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Bauelemente an %3 Netzen wurden erkannt.</translation>
    </message>
    <message>
        <source>Technology:</source>
        <translation>Technologie:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Warnungen: %1</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>Technology files (*.json)</source>
        <translation>Technologiedateien (*.json)</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Datei…</translation>
    </message>
    <message>
        <source>e.g. vcn=1.2 vcp=0.8</source>
        <translation>z. B. vcn=1.2 vcp=0.8</translation>
    </message>
    <message>
        <source>Gate nets held at a voltage above vss (cascode gates the netlist drives with nothing), NET=V</source>
        <translation>Gate-Netze auf einer Spannung über vss (Kaskoden-Gates, die die Netzliste nicht treibt), NETZ=V</translation>
    </message>
    <message>
        <source>Bias voltages:</source>
        <translation>Vorspannungen:</translation>
    </message>
    <message>
        <source>Cannot open the netlist with these choices: %1</source>
        <translation>Die Netzliste lässt sich mit diesen Angaben nicht öffnen: %1</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::PerformancePanel</name>
    <message>
        <source>Performance</source>
        <translation>Kenngröße</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Not simulated yet (Simulate, F5).</source>
        <translation>Noch nicht simuliert (Simulieren, F5).</translation>
    </message>
    <message>
        <source>The simulation failed: %1</source>
        <translation>Die Simulation ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Simulated in %1 s; all sizing rules met.</source>
        <translation>In %1 s simuliert; alle Dimensionierungsregeln erfüllt.</translation>
    </message>
    <message>
        <source>Simulated in %1 s; %2 sizing rule violations.</source>
        <translation>In %1 s simuliert; %2 Verletzungen der Dimensionierungsregeln.</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu entry</source>
        <translation>Menüeintrag</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Shift+F1 and a click on a control of the exploration view tells what it does.</source>
        <translation>Umschalt+F1 und ein Klick auf ein Bedienelement der Explorationsansicht erklären, was es tut.</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::StartPage</name>
    <message>
        <source>InverSize sizes CMOS opamps backwards: it splits the opamp into structural blocks whose transistors have functions (bias, load, transconductance), trains one conditional diffusion model per block on simulated designs, and draws many sizings for the performances you ask for, each verified with ngspice.</source>
        <translation>InverSize dimensioniert CMOS-Operationsverstärker rückwärts: Es zerlegt den Verstärker in Strukturblöcke, deren Transistoren Funktionen haben (Bias, Last, Transkonduktanz), trainiert je Block ein bedingtes Diffusionsmodell auf simulierten Entwürfen und zieht viele Dimensionierungen für die verlangten Kenngrößen, jede mit ngspice verifiziert.</translation>
    </message>
    <message>
        <source>&amp;New from netlist…</source>
        <translation>&amp;Neu aus Netzliste…</translation>
    </message>
    <message>
        <source>Read your opamp (a SPICE .subckt or a whole deck) with your technology and make it a project</source>
        <translation>Ihren Verstärker (ein SPICE-.subckt oder ein ganzes Deck) mit Ihrer Technologie einlesen und zu einem Projekt machen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open an InverSize project (.isz) or a netlist</source>
        <translation>Ein InverSize-Projekt (.isz) oder eine Netzliste öffnen</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — not found</source>
        <translation>%1 — nicht gefunden</translation>
    </message>
    <message>
        <source>No recent files yet: open an example or your own netlist.</source>
        <translation>Noch keine zuletzt geöffneten Dateien: öffnen Sie ein Beispiel oder Ihre eigene Netzliste.</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::TrainingView</name>
    <message>
        <source>No training in this session: Project → Train sizing models… (Ctrl+T) trains one conditional diffusion model per block; its loss curves show here.</source>
        <translation>Noch kein Training in dieser Sitzung: Projekt → Dimensionierungsmodelle trainieren… (Strg+T) trainiert ein bedingtes Diffusionsmodell je Block; seine Verlustkurven erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>inversize::ui::schematic::SchematicScene</name>
    <message>
        <source>W = %1, L = %2</source>
        <translation>W = %1, L = %2</translation>
    </message>
    <message>
        <source>, M = %1</source>
        <translation>, M = %1</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <source>Blocks: %1</source>
        <translation>Blöcke: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Operating point</source>
        <translation>Arbeitspunkt</translation>
    </message>
    <message>
        <source>Function: %1 (%2)</source>
        <translation>Funktion: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>inversize::ui::schematic::SchematicView</name>
    <message>
        <source>Schematic drawn by InverSize</source>
        <translation>Von InverSize gezeichneter Schaltplan</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inverse sizing of CMOS opamps</source>
        <translation>Inverse Dimensionierung von CMOS-OPVs</translation>
    </message>
    <message>
        <source>A netlist, builtin:NAME or an .isz project to open.</source>
        <translation>Zu öffnende Netzliste, builtin:NAME oder .isz-Projekt.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Ein Bild des Fensters in DATEI speichern und beenden.</translation>
    </message>
    <message>
        <source>Open the exploration view with this specification (KEY=VALUE, repeatable) and sample at once.</source>
        <translation>Die Explorationsansicht mit dieser Spezifikation öffnen (KEY=VALUE, wiederholbar) und sofort Samples ziehen.</translation>
    </message>
    <message>
        <source>--spec: the open document has no trained model</source>
        <translation>--spec: das geöffnete Dokument hat kein trainiertes Modell</translation>
    </message>
</context>
</TS>
