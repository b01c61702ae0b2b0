<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>Function</name>
    <message>
        <location filename="../ui/schematic/palette.cpp" line="10"/>
        <source>bias</source>
        <translation>polarização</translation>
    </message>
    <message>
        <location filename="../ui/schematic/palette.cpp" line="10"/>
        <source>load</source>
        <translation>carga</translation>
    </message>
    <message>
        <location filename="../ui/schematic/palette.cpp" line="11"/>
        <source>transconductance</source>
        <translation>transcondutância</translation>
    </message>
    <message>
        <location filename="../ui/schematic/palette.cpp" line="11"/>
        <source>compensation</source>
        <translation>compensação</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../ui/mainwindow/job_dialogs.cpp" line="34"/>
        <source>Generate training data</source>
        <translation>Gerar dados de treino</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/job_dialogs.cpp" line="39"/>
        <source>NSGA-II (Pareto-optimal designs)</source>
        <translation>NSGA-II (projetos Pareto-ótimos)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/job_dialogs.cpp" line="40"/>
        <source>Latin hypercube (random)</source>
        <translation>Hipercubo latino (aleatório)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/job_dialogs.cpp" line="43"/>
        <source>Designs in the training archive</source>
        <translation>Projetos no arquivo de treino</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/job_dialogs.cpp" line="44"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/job_dialogs.cpp" line="45"/>
        <source>Simulation processes</source>
        <translation>Processos de simulação</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/job_dialogs.cpp" line="46"/>
        <location filename="../ui/mainwindow/job_dialogs.cpp" line="69"/>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/job_dialogs.cpp" line="58"/>
        <source>Train sizing models</source>
        <translation>Treinar modelos de dimensionamento</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/job_dialogs.cpp" line="66"/>
        <source>Architecture</source>
        <translation>Arquitetura</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/job_dialogs.cpp" line="62"/>
        <source>Denoiser</source>
        <translation>Removedor de ruído</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/job_dialogs.cpp" line="62"/>
        <source>Transformer (adaLN-Zero, as in the paper)</source>
        <translation>Transformer (adaLN-Zero, como no artigo)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/job_dialogs.cpp" line="62"/>
        <source>MLP (faster; met more test specifications on the built-ins)</source>
        <translation>MLP (mais rápido; cumpriu mais especificações de teste nos circuitos incluídos)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/job_dialogs.cpp" line="67"/>
        <source>Most steps per model</source>
        <translation>Máximo de passos por modelo</translation>
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
        <translation>Funções dos dispositivos</translation>
    </message>
</context>
<context>
    <name>inversize::ui::Plots</name>
    <message>
        <location filename="../ui/plots/plot_export.cpp" line="35"/>
        <source>Export as PNG and SVG…</source>
        <translation>Exportar como PNG e SVG…</translation>
    </message>
    <message>
        <location filename="../ui/plots/plot_export.cpp" line="36"/>
        <source>Export the plot</source>
        <translation>Exportar o gráfico</translation>
    </message>
    <message>
        <location filename="../ui/plots/plot_export.cpp" line="37"/>
        <source>PNG and SVG (*.png)</source>
        <translation>PNG e SVG (*.png)</translation>
    </message>
</context>
<context>
    <name>inversize::ui::exploration::ExplorationView</name>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="67"/>
        <source>Open a trained project to explore its sizings.</source>
        <translation>Abra um projeto treinado para explorar os seus dimensionamentos.</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="79"/>
        <source>Sample clouds</source>
        <translation>Nuvens de amostras</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="80"/>
        <source>Histograms</source>
        <translation>Histogramas</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="81"/>
        <source>Device spread</source>
        <translation>Dispersão dos dispositivos</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="84"/>
        <source>Export netlist…</source>
        <translation>Exportar netlist…</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="85"/>
        <source>Samples as CSV…</source>
        <translation>Amostras como CSV…</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="86"/>
        <source>Specification as JSON…</source>
        <translation>Especificação como JSON…</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="147"/>
        <source>Sampling failed: %1</source>
        <translation>A amostragem falhou: %1</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="159"/>
        <source>Wrote %1</source>
        <translation>%1 escrito</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="165"/>
        <source>Export the sizing as a netlist</source>
        <translation>Exportar o dimensionamento como netlist</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="165"/>
        <source>SPICE netlists (*.cir *.sp *.spice)</source>
        <translation>Netlists SPICE (*.cir *.sp *.spice)</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="168"/>
        <source>Export the samples</source>
        <translation>Exportar as amostras</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="168"/>
        <source>CSV files (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="171"/>
        <source>Export the specification</source>
        <translation>Exportar a especificação</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="171"/>
        <source>JSON files (*.json)</source>
        <translation>Ficheiros JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="195"/>
        <source>%1 training designs; set the specification.</source>
        <translation>%1 projetos de treino; defina a especificação.</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="218"/>
        <source>; left-out performances from design #%1</source>
        <translation>; desempenhos omitidos tirados do projeto #%1</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="219"/>
        <source>%1 samples (%2 s), %3 verified, %4 meet the specification %7 (%5 keeping every sizing rule)%6</source>
        <translation>%1 amostras (%2 s), %3 verificadas, %4 cumprem a especificação %7 (%5 respeitando todas as regras de dimensionamento)%6</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="254"/>
        <source>device</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="254"/>
        <source>W mean</source>
        <translation>W média</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="254"/>
        <source>W std</source>
        <translation>W desvio-padrão</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="254"/>
        <source>L mean</source>
        <translation>L média</translation>
    </message>
    <message>
        <location filename="../ui/exploration/exploration_view.cpp" line="254"/>
        <source>L std</source>
        <translation>L desvio-padrão</translation>
    </message>
</context>
<context>
    <name>inversize::ui::exploration::LossPlot</name>
    <message>
        <location filename="../ui/exploration/loss_plot.cpp" line="17"/>
        <source>step</source>
        <translation>passo</translation>
    </message>
    <message>
        <location filename="../ui/exploration/loss_plot.cpp" line="18"/>
        <source>denoising loss</source>
        <translation>perda de remoção de ruído</translation>
    </message>
    <message>
        <location filename="../ui/exploration/loss_plot.cpp" line="43"/>
        <source> (validation)</source>
        <translation> (validação)</translation>
    </message>
</context>
<context>
    <name>inversize::ui::exploration::SamplesTable</name>
    <message>
        <location filename="../ui/exploration/sample_views.cpp" line="204"/>
        <source>sizing rules</source>
        <translation>regras de dimensionamento</translation>
    </message>
    <message>
        <location filename="../ui/exploration/sample_views.cpp" line="241"/>
        <source>kept</source>
        <translation>cumpridas</translation>
    </message>
    <message>
        <location filename="../ui/exploration/sample_views.cpp" line="241"/>
        <source>broken</source>
        <translation>violadas</translation>
    </message>
    <message>
        <location filename="../ui/exploration/sample_views.cpp" line="204"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/exploration/sample_views.cpp" line="204"/>
        <source>meets</source>
        <translation>cumpre</translation>
    </message>
    <message>
        <location filename="../ui/exploration/sample_views.cpp" line="236"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/exploration/sample_views.cpp" line="236"/>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <location filename="../ui/exploration/sample_views.cpp" line="236"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../ui/exploration/sample_views.cpp" line="236"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>meets (tol.)</source>
        <translation>cumpre (tol.)</translation>
    </message>
    <message>
        <source>Every given performance on the right side of its value, %1</source>
        <translation>Cada desempenho dado do lado certo do seu valor, %1</translation>
    </message>
</context>
<context>
    <name>inversize::ui::exploration::ScatterView</name>
    <message>
        <location filename="../ui/exploration/sample_views.cpp" line="53"/>
        <source>Sizing space:</source>
        <translation>Espaço de dimensionamento:</translation>
    </message>
    <message>
        <location filename="../ui/exploration/sample_views.cpp" line="53"/>
        <source>Performance space:</source>
        <translation>Espaço de desempenhos:</translation>
    </message>
    <message>
        <location filename="../ui/exploration/sample_views.cpp" line="66"/>
        <source>not verified yet</source>
        <translation>ainda não verificado</translation>
    </message>
    <message>
        <location filename="../ui/exploration/sample_views.cpp" line="67"/>
        <source>misses the specification</source>
        <translation>não cumpre a especificação</translation>
    </message>
    <message>
        <location filename="../ui/exploration/sample_views.cpp" line="68"/>
        <source>meets the specification (%1)</source>
        <translation>cumpre a especificação (%1)</translation>
    </message>
    <message>
        <location filename="../ui/exploration/sample_views.cpp" line="142"/>
        <source>nearest training designs</source>
        <translation>projetos de treino mais próximos</translation>
    </message>
    <message>
        <location filename="../ui/exploration/sample_views.cpp" line="152"/>
        <source>specification</source>
        <translation>especificação</translation>
    </message>
</context>
<context>
    <name>inversize::ui::exploration::SpecPanel</name>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="55"/>
        <source>Specification</source>
        <translation>Especificação</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="63"/>
        <source>%1 — uncheck to leave it out: it is then filled from the nearest training design</source>
        <translation>%1 — desmarque para o omitir: é então preenchido a partir do projeto de treino mais próximo</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="100"/>
        <source>Sampling</source>
        <translation>Amostragem</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="114"/>
        <source>Samples</source>
        <translation>Amostras</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="127"/>
        <source>Refine with the surrogate</source>
        <translation>Refinar com o modelo substituto</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="133"/>
        <source>meet the specification</source>
        <translation>cumprir a especificação</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="133"/>
        <source>match the values (±%1)</source>
        <translation>acertar os valores (±%1)</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="133"/>
        <source>What the ranking and the refinement aim at. Meet: every performance on the right side of its value (with the tolerance, if any). Match: within %1 of every value on both sides, to reproduce a performance vector (e.g. one loaded from a design); no aiming at a training design then.</source>
        <translation>O alvo da ordenação e do refinamento. Cumprir: cada desempenho do lado certo do seu valor (com a tolerância, se houver). Acertar: a menos de %1 de cada valor, dos dois lados, para reproduzir um vetor de desempenhos (p. ex. o de um design carregado); sem apontar a um design de treino.</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="133"/>
        <source>Surrogate aims to</source>
        <translation>O modelo substituto procura</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="130"/>
        <source>Move every drawn sizing a little, by the model&apos;s surrogate, towards meeting the specification before the samples are ranked and simulated; the simulation still judges them.</source>
        <translation>Move cada dimensionamento amostrado um pouco, com o modelo substituto, na direção de cumprir a especificação antes de as amostras serem ordenadas e simuladas; a simulação continua a julgá-las.</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="120"/>
        <source>Aim at a training design that meets it</source>
        <translation>Visar um projeto de treino que a cumpre</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="123"/>
        <source>Condition the model on the nearest training design that meets the specification, where one does: a point of the Pareto front the model knows, rather than a relaxed specification off it. The samples are still judged by the specification.</source>
        <translation>Condiciona o modelo ao projeto de treino mais próximo que cumpre a especificação, se existir: um ponto da fronteira de Pareto que o modelo conhece, em vez de uma especificação relaxada fora dela. As amostras continuam a ser avaliadas pela especificação.</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="122"/>
        <source>Candidates per sample</source>
        <translation>Candidatos por amostra</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="118"/>
        <source>Draw this many sizings per sample and keep the samples that the model&apos;s surrogate finds likeliest to meet the specification, likeliest first (1: keep every sizing drawn)</source>
        <translation>Sorteia este número de dimensionamentos por amostra e mantém as amostras que o modelo substituto considera mais prováveis de cumprir a especificação, as mais prováveis primeiro (1: manter todos os dimensionamentos sorteados)</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="115"/>
        <source>Guidance weight</source>
        <translation>Peso de orientação</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="116"/>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="117"/>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="123"/>
        <source>From design</source>
        <translation>Do projeto</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="124"/>
        <source>Use the simulated performances of this dataset design as the specification</source>
        <translation>Usar os desempenhos simulados deste projeto do conjunto de dados como especificação</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="127"/>
        <source>Design</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <location filename="../ui/exploration/spec_panel.cpp" line="162"/>
        <source>Outside the training data (%1 … %2): the model extrapolates</source>
        <translation>Fora dos dados de treino (%1 … %2): o modelo extrapola</translation>
    </message>
    <message>
        <source>none: met strictly (e.g. gain_db=0.5 pm_deg=1 gbw_hz=2%)</source>
        <translation>nenhuma: cumprido estritamente (p. ex. gain_db=0.5 pm_deg=1 gbw_hz=2%)</translation>
    </message>
    <message>
        <source>How far on the bad side of a value a simulated sizing may lie and still meet it: in the performance&apos;s own unit (gain_db=0.5 dB, pm_deg=1 degree, power_w=10u) or, for linear quantities, in percent (gbw_hz=2%). Empty: a value is met when the simulation is on its right side.</source>
        <translation>Quanto um dimensionamento simulado pode ficar do lado mau de um valor e ainda cumpri-lo: na unidade do desempenho (gain_db=0.5 dB, pm_deg=1 grau, power_w=10u) ou, para grandezas lineares, em percentagem (gbw_hz=2%). Vazio: um valor é cumprido quando a simulação está do seu lado certo.</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerância</translation>
    </message>
    <message>
        <source> — ignored: values are met strictly</source>
        <translation> — ignorada: os valores são cumpridos estritamente</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::AboutDialog</name>
    <message>
        <location filename="../ui/mainwindow/about_dialog.cpp" line="12"/>
        <source>&lt;h2&gt;InverSize %1&lt;/h2&gt;&lt;p&gt;Inverse sizing of CMOS operational amplifiers with diffusion models and structural knowledge.&lt;/p&gt;&lt;p&gt;Copyright © the InverSize developers. InverSize is free software under the &lt;b&gt;GNU General Public License, version 3 or later&lt;/b&gt; (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;It is built on:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL-3.0 / GPL)&lt;/li&gt;&lt;li&gt;QCustomPlot (GPL-3.0)&lt;/li&gt;&lt;li&gt;LibTorch (BSD-3-Clause)&lt;/li&gt;&lt;li&gt;ngspice (BSD-3-Clause and others)&lt;/li&gt;&lt;li&gt;Boost (Boost Software License 1.0)&lt;/li&gt;&lt;li&gt;pagmo (GPL-3.0 / LGPL-3.0)&lt;/li&gt;&lt;li&gt;SQLite (public domain), nlohmann/json (MIT), CLI11 (BSD-3-Clause)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The method: Azevedo, Leibl, Graeb, Martins, &lt;i&gt;Inverse Sizing and Exploration Based on Diffusion Models and Structural Knowledge&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;InverSize %1&lt;/h2&gt;&lt;p&gt;Dimensionamento inverso de amplificadores operacionais CMOS com modelos de difusão e conhecimento estrutural.&lt;/p&gt;&lt;p&gt;Copyright © os programadores do InverSize. O InverSize é software livre sob a &lt;b&gt;GNU General Public License, versão 3 ou posterior&lt;/b&gt; (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Assenta em:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL-3.0 / GPL)&lt;/li&gt;&lt;li&gt;QCustomPlot (GPL-3.0)&lt;/li&gt;&lt;li&gt;LibTorch (BSD-3-Clause)&lt;/li&gt;&lt;li&gt;ngspice (BSD-3-Clause e outras)&lt;/li&gt;&lt;li&gt;Boost (Boost Software License 1.0)&lt;/li&gt;&lt;li&gt;pagmo (GPL-3.0 / LGPL-3.0)&lt;/li&gt;&lt;li&gt;SQLite (domínio público), nlohmann/json (MIT), CLI11 (BSD-3-Clause)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;O método: Azevedo, Leibl, Graeb, Martins, &lt;i&gt;Inverse Sizing and Exploration Based on Diffusion Models and Structural Knowledge&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/about_dialog.cpp" line="30"/>
        <source>About InverSize</source>
        <translation>Acerca do InverSize</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::BlockPanel</name>
    <message>
        <location filename="../ui/mainwindow/block_panel.cpp" line="16"/>
        <location filename="../ui/mainwindow/block_panel.cpp" line="32"/>
        <source>Click a block in the schematic or the circuit tree.</source>
        <translation>Clique num bloco do esquema ou da árvore do circuito.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/block_panel.cpp" line="19"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/block_panel.cpp" line="19"/>
        <source>Variable</source>
        <translation>Variável</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/block_panel.cpp" line="19"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/block_panel.cpp" line="19"/>
        <source>Operating point</source>
        <translation>Ponto de funcionamento</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/block_panel.cpp" line="36"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2, %3 function, %4 stage</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2, função %3, andar %4</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/block_panel.cpp" line="54"/>
        <source>%1, I_D = %2, g_m = %3</source>
        <translation>%1, I_D = %2, g_m = %3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/block_panel.cpp" line="61"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::CircuitTree</name>
    <message>
        <location filename="../ui/mainwindow/circuit_tree.cpp" line="16"/>
        <source>Element</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/circuit_tree.cpp" line="16"/>
        <source>Function</source>
        <translation>Função</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/circuit_tree.cpp" line="32"/>
        <source>Blocks (%1)</source>
        <translation>Blocos (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/circuit_tree.cpp" line="41"/>
        <source>Devices (%1)</source>
        <translation>Dispositivos (%1)</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="60"/>
        <source>Schematic</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="61"/>
        <source>Exploration</source>
        <translation>Exploração</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="73"/>
        <source>Sample %1 on the schematic.</source>
        <translation>Amostra %1 no esquema.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="119"/>
        <source> — ETA %1 s</source>
        <translation> — tempo restante %1 s</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="131"/>
        <source>Finished: %1</source>
        <translation>Concluído: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="132"/>
        <source>Cancelled: %1</source>
        <translation>Cancelado: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="133"/>
        <source>Failed: %1 %2</source>
        <translation>Falhou: %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="149"/>
        <source>Circuit</source>
        <translation>Circuito</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="155"/>
        <source>Block variables</source>
        <translation>Variáveis do bloco</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="161"/>
        <source>Performances</source>
        <translation>Desempenhos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="169"/>
        <source>Log</source>
        <translation>Registo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="174"/>
        <source>Training</source>
        <translation>Treino</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="192"/>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="193"/>
        <source>&amp;New from netlist…</source>
        <translation>&amp;Novo a partir de netlist…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="195"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="197"/>
        <source>Open &amp;built-in</source>
        <translation>Abrir &amp;incorporado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="198"/>
        <source>Two-stage &amp;Miller opamp</source>
        <translation>Amp. op. &amp;Miller de dois andares</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="199"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="200"/>
        <source>&amp;Folded-cascode opamp</source>
        <translation>Amp. op. &amp;cascode dobrado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="201"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="202"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="205"/>
        <source>&amp;Save as project…</source>
        <translation>&amp;Guardar como projeto…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="207"/>
        <source>Export schematic as &amp;SVG…</source>
        <translation>Exportar esquema como &amp;SVG…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="208"/>
        <source>Export schematic as &amp;PNG…</source>
        <translation>Exportar esquema como &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="210"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="214"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="215"/>
        <source>Show structural &amp;blocks</source>
        <translation>Mostrar &amp;blocos estruturais</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="218"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="220"/>
        <source>Show device &amp;functions</source>
        <translation>Mostrar &amp;funções dos dispositivos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="223"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="226"/>
        <source>&amp;Fit to window</source>
        <translation>&amp;Ajustar à janela</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="227"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="228"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="230"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reduzir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="236"/>
        <source>&amp;Simulate</source>
        <translation>&amp;Simular</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="237"/>
        <source>&amp;Simulate nominal design</source>
        <translation>&amp;Simular o projeto nominal</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="240"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="245"/>
        <source>&amp;Project</source>
        <translation>&amp;Projeto</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="246"/>
        <source>&amp;Generate training data…</source>
        <translation>&amp;Gerar dados de treino…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="247"/>
        <source>&amp;Train sizing models…</source>
        <translation>&amp;Treinar modelos de dimensionamento…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="252"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="255"/>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="266"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="266"/>
        <source>The language can change when no job runs. Wait for &quot;%1&quot; or cancel it.</source>
        <translation>O idioma pode mudar quando nenhuma tarefa está a correr. Aguarde por &quot;%1&quot; ou cancele-a.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="271"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="272"/>
        <source>&amp;About InverSize</source>
        <translation>&amp;Acerca do InverSize</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="274"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="295"/>
        <source>Error: %1</source>
        <translation>Erro: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="298"/>
        <source>%1

The circuit open before is still open.</source>
        <translation>%1

O circuito aberto antes continua aberto.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="307"/>
        <location filename="../ui/mainwindow/main_window.cpp" line="454"/>
        <source>Cannot read the netlist</source>
        <translation>Não é possível ler a netlist</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="309"/>
        <source>Cannot open the project</source>
        <translation>Não é possível abrir o projeto</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="311"/>
        <location filename="../ui/mainwindow/main_window.cpp" line="456"/>
        <source>Cannot open</source>
        <translation>Não é possível abrir</translation>
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
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="331"/>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="321"/>
        <source>Opened %1: %2 devices, %3 blocks.</source>
        <translation>%1 aberto: %2 dispositivos, %3 blocos.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="341"/>
        <source>Exploration: %1</source>
        <translation>Exploração: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="358"/>
        <source>Generating training data for %1…</source>
        <translation>A gerar dados de treino para %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="361"/>
        <source>%1 designs simulated (%2 feasible), %3 in the training archive.</source>
        <translation>%1 projetos simulados (%2 viáveis), %3 no arquivo de treino.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="387"/>
        <source>Training the %1 model of %2…</source>
        <translation>A treinar o modelo %1 de %2…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="392"/>
        <source>Model %1 trained on %2 designs in %3 s.</source>
        <translation>Modelo %1 treinado com %2 projetos em %3 s.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="421"/>
        <source>Simulating %1…</source>
        <translation>A simular %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="430"/>
        <source>The design failed: %1</source>
        <translation>O projeto falhou: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="431"/>
        <source>Sizing rule: %1</source>
        <translation>Regra de dimensionamento: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="437"/>
        <source>New from netlist</source>
        <translation>Novo a partir de netlist</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="438"/>
        <source>SPICE netlists (*.cir *.sp *.spi *.spice *.net *.ckt);;All files (*)</source>
        <translation>Netlists SPICE (*.cir *.sp *.spi *.spice *.net *.ckt);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="463"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="464"/>
        <source>InverSize projects and netlists (*.isz *.cir *.sp *.spi *.spice *.net *.ckt);;All files (*)</source>
        <translation>Projetos InverSize e netlists (*.isz *.cir *.sp *.spi *.spice *.net *.ckt);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="472"/>
        <source>Save as project</source>
        <translation>Guardar como projeto</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="473"/>
        <source>InverSize projects (*.isz)</source>
        <translation>Projetos InverSize (*.isz)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="478"/>
        <location filename="../ui/mainwindow/main_window.cpp" line="487"/>
        <source>Cannot save</source>
        <translation>Não é possível guardar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="478"/>
        <source>%1 cannot be replaced.</source>
        <translation>%1 não pode ser substituído.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="484"/>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="493"/>
        <source>SVG drawings (*.svg)</source>
        <translation>Desenhos SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="493"/>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="495"/>
        <source>Export schematic</source>
        <translation>Exportar esquema</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="500"/>
        <source>Exported %1.</source>
        <translation>%1 exportado.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="502"/>
        <source>Cannot export</source>
        <translation>Não é possível exportar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="502"/>
        <source>%1 cannot be written.</source>
        <translation>%1 não pode ser escrito.</translation>
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
        <translation>%1: %2 dispositivos, %3 nós, %4 blocos, %5 pares simétricos — tecnologia %6</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="533"/>
        <source>No circuit open</source>
        <translation>Nenhum circuito aberto</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="538"/>
        <source>A job is running</source>
        <translation>Uma tarefa está em execução</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/main_window.cpp" line="539"/>
        <source>%1
Cancel it and close? What it finished is saved.</source>
        <translation>%1
Cancelar e fechar? O que já foi concluído fica guardado.</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::NewProjectDialog</name>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="20"/>
        <source>New from netlist</source>
        <translation>Novo a partir de netlist</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="22"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 devices on %3 nets were recognised.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Foram reconhecidos %2 dispositivos em %3 nós.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="30"/>
        <source>Other technology…</source>
        <translation>Outra tecnologia…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="34"/>
        <source>Technology:</source>
        <translation>Tecnologia:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="37"/>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="49"/>
        <source>Warnings: %1</source>
        <translation>Avisos: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="60"/>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="66"/>
        <source>Technology</source>
        <translation>Tecnologia</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/new_project_dialog.cpp" line="60"/>
        <source>Technology files (*.json)</source>
        <translation>Ficheiros de tecnologia (*.json)</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::PerformancePanel</name>
    <message>
        <location filename="../ui/mainwindow/performance_panel.cpp" line="18"/>
        <source>Performance</source>
        <translation>Desempenho</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/performance_panel.cpp" line="18"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/performance_panel.cpp" line="18"/>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/performance_panel.cpp" line="40"/>
        <source>Not simulated yet (Simulate, F5).</source>
        <translation>Ainda não simulado (Simular, F5).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/performance_panel.cpp" line="42"/>
        <source>The simulation failed: %1</source>
        <translation>A simulação falhou: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/performance_panel.cpp" line="44"/>
        <source>Simulated in %1 s; all sizing rules met.</source>
        <translation>Simulado em %1 s; todas as regras de dimensionamento cumpridas.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/performance_panel.cpp" line="45"/>
        <source>Simulated in %1 s; %2 sizing rule violations.</source>
        <translation>Simulado em %1 s; %2 violações das regras de dimensionamento.</translation>
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
        <translation>Valor: %1</translation>
    </message>
    <message>
        <location filename="../ui/schematic/schematic_scene.cpp" line="133"/>
        <source>Function: %1 (%2 stage)</source>
        <translation>Função: %1 (andar %2)</translation>
    </message>
    <message>
        <location filename="../ui/schematic/schematic_scene.cpp" line="139"/>
        <source>Blocks: %1</source>
        <translation>Blocos: %1</translation>
    </message>
    <message>
        <location filename="../ui/schematic/schematic_scene.cpp" line="139"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../ui/schematic/schematic_scene.cpp" line="141"/>
        <source>Operating point</source>
        <translation>Ponto de funcionamento</translation>
    </message>
</context>
<context>
    <name>inversize::ui::schematic::SchematicView</name>
    <message>
        <location filename="../ui/schematic/schematic_view.cpp" line="60"/>
        <source>Schematic drawn by InverSize</source>
        <translation>Esquema desenhado pelo InverSize</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="26"/>
        <source>Inverse sizing of CMOS opamps</source>
        <translation>Dimensionamento inverso de amp. op. CMOS</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="30"/>
        <source>A netlist, builtin:NAME or an .isz project to open.</source>
        <translation>Netlist, builtin:NAME ou projeto .isz a abrir.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="32"/>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Guardar uma imagem da janela em FICHEIRO e sair.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="36"/>
        <source>Open the exploration view with this specification (KEY=VALUE, repeatable) and sample at once.</source>
        <translation>Abrir a vista de exploração com esta especificação (KEY=VALUE, repetível) e amostrar de imediato.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="59"/>
        <source>--spec: the open document has no trained model</source>
        <translation>--spec: o documento aberto não tem nenhum modelo treinado</translation>
    </message>
</context>
</TS>
