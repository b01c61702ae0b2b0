<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>Architecture</name>
    <message>
        <source>one diffusion model per block, each conditioned on the performances and the sizes of the blocks before it</source>
        <translation>um modelo de difusão por bloco, cada um condicionado nos desempenhos e nas dimensões dos blocos anteriores</translation>
    </message>
    <message>
        <source>the paper&apos;s recombination: one diffusion model per block, conditioned on the performances only; overlaps averaged</source>
        <translation>a recombinação do artigo: um modelo de difusão por bloco, condicionado apenas nos desempenhos; sobreposições em média</translation>
    </message>
    <message>
        <source>one diffusion model (the same denoiser) over all variables</source>
        <translation>um modelo de difusão (o mesmo removedor de ruído) sobre todas as variáveis</translation>
    </message>
    <message>
        <source>Eid et al. 2024: an MLP epsilon-predicting diffusion model over all variables</source>
        <translation>Eid et al. 2024: um modelo de difusão MLP que prevê o ruído (épsilon) sobre todas as variáveis</translation>
    </message>
    <message>
        <source>Lourenco et al. 2018: an MLP regression from performances to sizing</source>
        <translation>Lourenço et al. 2018: uma regressão MLP dos desempenhos para o dimensionamento</translation>
    </message>
    <message>
        <source>structural, chained</source>
        <translation>estrutural, encadeado</translation>
    </message>
    <message>
        <source>structural, independent</source>
        <translation>estrutural, independente</translation>
    </message>
    <message>
        <source>monolithic</source>
        <translation>monolítico</translation>
    </message>
    <message>
        <source>MLP-DDPM baseline</source>
        <translation>referência MLP-DDPM</translation>
    </message>
    <message>
        <source>ANN baseline</source>
        <translation>referência ANN</translation>
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
        <translation>condensador</translation>
    </message>
    <message>
        <source>resistor</source>
        <translation>resistência</translation>
    </message>
    <message>
        <source>current source</source>
        <translation>fonte de corrente</translation>
    </message>
    <message>
        <source>voltage source</source>
        <translation>fonte de tensão</translation>
    </message>
    <message>
        <source>inductor</source>
        <translation>bobina</translation>
    </message>
</context>
<context>
    <name>ExampleText</name>
    <message>
        <source>Two-stage Miller opamp</source>
        <translation>Amp. op. Miller de dois estágios</translation>
    </message>
    <message>
        <source>Folded-cascode opamp</source>
        <translation>Amp. op. cascode dobrado</translation>
    </message>
    <message>
        <source>Two-stage Miller opamp, GF180MCU</source>
        <translation>Amp. op. Miller de dois estágios, GF180MCU</translation>
    </message>
    <message>
        <source>Folded-cascode opamp, GF180MCU</source>
        <translation>Amp. op. cascode dobrado, GF180MCU</translation>
    </message>
    <message>
        <source>%1 (trained, %2 designs)</source>
        <translation>%1 (treinado, %2 projetos)</translation>
    </message>
    <message>
        <source>Opens your own copy of the shipped project: Exploration works at once, and new data and models go into the copy.</source>
        <translation>Abre a sua própria cópia do projeto incluído: a exploração funciona de imediato, e os novos dados e modelos vão para a cópia.</translation>
    </message>
    <message>
        <source>Trained projects: explore at once</source>
        <translation>Projetos treinados: explorar de imediato</translation>
    </message>
    <message>
        <source>%1 (project)</source>
        <translation>%1 (projeto)</translation>
    </message>
    <message>
        <source>%1 (project, not trained)</source>
        <translation>%1 (projeto, não treinado)</translation>
    </message>
    <message>
        <source>A project without a trained model: train it (Project → Train sizing models…) to explore.</source>
        <translation>Um projeto sem modelo treinado: treine-o (Projeto → Treinar modelos de dimensionamento…) para o explorar.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projetos</translation>
    </message>
    <message>
        <source>The circuit alone: schematic and simulation. Exploration needs a trained model: save it as a project, generate training data and train, or open a trained project above.</source>
        <translation>Só o circuito: esquema e simulação. A exploração precisa de um modelo treinado: guarde-o como projeto, gere dados de treino e treine, ou abra acima um projeto treinado.</translation>
    </message>
    <message>
        <source>Circuits without a model</source>
        <translation>Circuitos sem modelo</translation>
    </message>
</context>
<context>
    <name>Function</name>
    <message>
        <source>bias</source>
        <translation>polarização</translation>
    </message>
    <message>
        <source>load</source>
        <translation>carga</translation>
    </message>
    <message>
        <source>transconductance</source>
        <translation>transcondutância</translation>
    </message>
    <message>
        <source>compensation</source>
        <translation>compensação</translation>
    </message>
</context>
<context>
    <name>Performance</name>
    <message>
        <source>DC gain</source>
        <translation>Ganho DC</translation>
    </message>
    <message>
        <source>Transit frequency</source>
        <translation>Frequência de transição</translation>
    </message>
    <message>
        <source>Phase margin</source>
        <translation>Margem de fase</translation>
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
        <translation>Taxa de variação</translation>
    </message>
    <message>
        <source>ICMR min</source>
        <translation>ICMR mín</translation>
    </message>
    <message>
        <source>ICMR max</source>
        <translation>ICMR máx</translation>
    </message>
    <message>
        <source>Vout min</source>
        <translation>Vout mín</translation>
    </message>
    <message>
        <source>Vout max</source>
        <translation>Vout máx</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Potência</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Systematic offset</source>
        <translation>Offset sistemático</translation>
    </message>
    <message>
        <source>open-loop differential gain at 1 Hz</source>
        <translation>ganho diferencial em malha aberta a 1 Hz</translation>
    </message>
    <message>
        <source>frequency where the open-loop gain crosses 0 dB</source>
        <translation>frequência a que o ganho em malha aberta cruza 0 dB</translation>
    </message>
    <message>
        <source>180 deg plus the open-loop phase at the transit frequency</source>
        <translation>180° mais a fase em malha aberta na frequência de transição</translation>
    </message>
    <message>
        <source>differential over common-mode gain at 1 Hz</source>
        <translation>ganho diferencial sobre ganho de modo comum a 1 Hz</translation>
    </message>
    <message>
        <source>differential gain over gain from VDD at 1 Hz</source>
        <translation>ganho diferencial sobre ganho a partir de VDD a 1 Hz</translation>
    </message>
    <message>
        <source>smaller of rising and falling slew of a unity-gain follower step</source>
        <translation>a menor das taxas de subida e descida de um seguidor de ganho unitário num degrau</translation>
    </message>
    <message>
        <source>lowest input common mode (output held at VCM) keeping every saturated transistor saturated</source>
        <translation>modo comum de entrada mais baixo (saída mantida em VCM) que mantém saturado cada transístor saturado</translation>
    </message>
    <message>
        <source>highest input common mode (output held at VCM) keeping every saturated transistor saturated</source>
        <translation>modo comum de entrada mais alto (saída mantida em VCM) que mantém saturado cada transístor saturado</translation>
    </message>
    <message>
        <source>lowest output (input common mode at VCM) keeping every saturated transistor saturated</source>
        <translation>saída mais baixa (modo comum de entrada em VCM) que mantém saturado cada transístor saturado</translation>
    </message>
    <message>
        <source>highest output (input common mode at VCM) keeping every saturated transistor saturated</source>
        <translation>saída mais alta (modo comum de entrada em VCM) que mantém saturado cada transístor saturado</translation>
    </message>
    <message>
        <source>VDD times the supply current at the operating point, bias included</source>
        <translation>VDD vezes a corrente de alimentação no ponto de funcionamento, polarização incluída</translation>
    </message>
    <message>
        <source>sum of W*L*M of all transistors plus capacitor area</source>
        <translation>soma de W·L·M de todos os transístores mais a área dos condensadores</translation>
    </message>
    <message>
        <source>output minus input of the unity-gain follower at the operating point</source>
        <translation>saída menos entrada do seguidor de ganho unitário no ponto de funcionamento</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>Generate training data</source>
        <translation>Gerar dados de treino</translation>
    </message>
    <message>
        <source>NSGA-II (Pareto-optimal designs)</source>
        <translation>NSGA-II (projetos Pareto-ótimos)</translation>
    </message>
    <message>
        <source>Latin hypercube (random)</source>
        <translation>Hipercubo latino (aleatório)</translation>
    </message>
    <message>
        <source>Designs in the training archive</source>
        <translation>Projetos no arquivo de treino</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Simulation processes</source>
        <translation>Processos de simulação</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <source>Train sizing models</source>
        <translation>Treinar modelos de dimensionamento</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitetura</translation>
    </message>
    <message>
        <source>Denoiser</source>
        <translation>Removedor de ruído</translation>
    </message>
    <message>
        <source>Transformer (adaLN-Zero, as in the paper)</source>
        <translation>Transformer (adaLN-Zero, como no artigo)</translation>
    </message>
    <message>
        <source>Most steps per model</source>
        <translation>Máximo de passos por modelo</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>MLP (the default: faster, and closer on the built-ins&apos; validation designs)</source>
        <translation>MLP (padrão: mais rápido e mais preciso nos projetos de validação dos circuitos incluídos)</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>cutoff</source>
        <translation>corte</translation>
    </message>
    <message>
        <source>weak inversion</source>
        <translation>inversão fraca</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <source>saturation</source>
        <translation>saturação</translation>
    </message>
</context>
<context>
    <name>SchematicLegend</name>
    <message>
        <source>Device functions</source>
        <translation>Funções dos dispositivos</translation>
    </message>
    <message>
        <source>in several blocks</source>
        <translation>em vários blocos</translation>
    </message>
</context>
<context>
    <name>Specification</name>
    <message>
        <source>strictly</source>
        <translation>estritamente</translation>
    </message>
    <message>
        <source>with tolerance %1</source>
        <translation>com tolerância %1</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>first</source>
        <translation>primeiro</translation>
    </message>
    <message>
        <source>second</source>
        <translation>segundo</translation>
    </message>
    <message>
        <source>third</source>
        <translation>terceiro</translation>
    </message>
    <message>
        <source>bias network</source>
        <translation>rede de polarização</translation>
    </message>
    <message>
        <source>%1 stage</source>
        <translation>%1 estágio</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>estágio %1</translation>
    </message>
    <message>
        <source>%1, %2 function, %3</source>
        <translation>%1, função %2, %3</translation>
    </message>
</context>
<context>
    <name>Structure</name>
    <message>
        <source>normal transistor</source>
        <translation>transístor simples</translation>
    </message>
    <message>
        <source>diode transistor</source>
        <translation>transístor em díodo</translation>
    </message>
    <message>
        <source>simple current mirror</source>
        <translation>espelho de corrente simples</translation>
    </message>
    <message>
        <source>cascode current mirror</source>
        <translation>espelho de corrente cascode</translation>
    </message>
    <message>
        <source>4-transistor current mirror</source>
        <translation>espelho de corrente de 4 transístores</translation>
    </message>
    <message>
        <source>Wilson current mirror</source>
        <translation>espelho de corrente de Wilson</translation>
    </message>
    <message>
        <source>improved Wilson current mirror</source>
        <translation>espelho de corrente de Wilson melhorado</translation>
    </message>
    <message>
        <source>wide-swing cascode current mirror</source>
        <translation>espelho de corrente cascode de grande excursão</translation>
    </message>
    <message>
        <source>differential pair</source>
        <translation>par diferencial</translation>
    </message>
    <message>
        <source>cascoded differential pair</source>
        <translation>par diferencial cascode</translation>
    </message>
    <message>
        <source>folded-cascode differential pair</source>
        <translation>par diferencial cascode dobrado</translation>
    </message>
    <message>
        <source>cascode pair</source>
        <translation>par cascode</translation>
    </message>
    <message>
        <source>level shifter</source>
        <translation>deslocador de nível</translation>
    </message>
    <message>
        <source>voltage reference</source>
        <translation>referência de tensão</translation>
    </message>
    <message>
        <source>cross-coupled pair</source>
        <translation>par de acoplamento cruzado</translation>
    </message>
    <message>
        <source>capacitor</source>
        <translation>condensador</translation>
    </message>
    <message>
        <source>resistor</source>
        <translation>resistência</translation>
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
        <translation>&lt;b&gt;Especificação&lt;/b&gt;&lt;p&gt;Os desempenhos que os dimensionamentos devem atingir. Uma linha marcada faz parte da especificação; uma desmarcada é preenchida a partir do projeto de treino mais próximo. Cada alteração volta a amostrar: os dimensionamentos aparecem de imediato e a sua verificação SPICE vai chegando.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Performance value&lt;/b&gt;&lt;p&gt;Drag to set the value; the spin box beside it takes an exact one. The shaded band is the range the training data covers: values outside it are flagged, the model has seen no design there.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Valor do desempenho&lt;/b&gt;&lt;p&gt;Arraste para definir o valor; a caixa numérica ao lado aceita um valor exato. A faixa sombreada é o intervalo que os dados de treino cobrem: os valores fora dela são assinalados, o modelo não viu nenhum projeto aí.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tolerance&lt;/b&gt;&lt;p&gt;How far on the wrong side of a value a simulated sizing may lie and still meet it, per performance (gain_db=0.5 gbw_hz=2%). Empty: met strictly.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Tolerância&lt;/b&gt;&lt;p&gt;Quanto um dimensionamento simulado pode ficar do lado errado de um valor e ainda cumpri-lo, por desempenho (gain_db=0.5 gbw_hz=2%). Vazio: cumprido estritamente.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sizing space&lt;/b&gt;&lt;p&gt;The samples over two design variables of your choice, with the five nearest training designs. Drag a rectangle to select samples: the other views, the table, the histograms and the device spread follow the selection.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Espaço de dimensionamento&lt;/b&gt;&lt;p&gt;As amostras sobre duas variáveis de projeto à sua escolha, com os cinco projetos de treino mais próximos. Arraste um retângulo para selecionar amostras: as outras vistas, a tabela, os histogramas e a dispersão dos dispositivos seguem a seleção.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Performance space&lt;/b&gt;&lt;p&gt;The samples&apos; performances over two performances of your choice, the specification as a red star. Green: verified by SPICE, meets the specification; red: misses it; grey: not simulated yet (the surrogate&apos;s prediction). Drag a rectangle to select.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Espaço de desempenhos&lt;/b&gt;&lt;p&gt;Os desempenhos das amostras sobre dois desempenhos à sua escolha, com a especificação como uma estrela vermelha. Verde: verificada pelo SPICE, cumpre a especificação; vermelho: não a cumpre; cinzento: ainda não simulada (a previsão do modelo substituto). Arraste um retângulo para selecionar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Samples&lt;/b&gt;&lt;p&gt;Every sample with its verdict, sizing rules and simulated performances; click a header to sort. Selecting rows filters the histograms and the device spread; one row shows its sizes on the schematic and is the one the netlist export writes.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Amostras&lt;/b&gt;&lt;p&gt;Cada amostra com o seu veredicto, as suas regras de dimensionamento e os seus desempenhos simulados; clique num cabeçalho para ordenar. Selecionar linhas filtra os histogramas e a dispersão dos dispositivos; uma só linha mostra as suas dimensões no esquema e é a que a exportação da netlist escreve.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Histograms&lt;/b&gt;&lt;p&gt;The simulated values of each specified performance over the samples (or the selected ones), the specification as a line: Fig. 7 of the paper.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Histogramas&lt;/b&gt;&lt;p&gt;Os valores simulados de cada desempenho especificado sobre as amostras (ou as selecionadas), com a especificação como linha: Fig. 7 do artigo.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>inversize::ui::Plots</name>
    <message>
        <source>Export as PNG and SVG…</source>
        <translation>Exportar como PNG e SVG…</translation>
    </message>
    <message>
        <source>Export the plot</source>
        <translation>Exportar o gráfico</translation>
    </message>
    <message>
        <source>PNG and SVG (*.png)</source>
        <translation>PNG e SVG (*.png)</translation>
    </message>
    <message>
        <source>count</source>
        <translation>contagem</translation>
    </message>
</context>
<context>
    <name>inversize::ui::exploration::ExplorationView</name>
    <message>
        <source>Open a trained project to explore its sizings.</source>
        <translation>Abra um projeto treinado para explorar os seus dimensionamentos.</translation>
    </message>
    <message>
        <source>Sample clouds</source>
        <translation>Nuvens de amostras</translation>
    </message>
    <message>
        <source>Histograms</source>
        <translation>Histogramas</translation>
    </message>
    <message>
        <source>Device spread</source>
        <translation>Dispersão dos dispositivos</translation>
    </message>
    <message>
        <source>Export netlist…</source>
        <translation>Exportar netlist…</translation>
    </message>
    <message>
        <source>Samples as CSV…</source>
        <translation>Amostras como CSV…</translation>
    </message>
    <message>
        <source>Specification as JSON…</source>
        <translation>Especificação como JSON…</translation>
    </message>
    <message>
        <source>Sampling failed: %1</source>
        <translation>A amostragem falhou: %1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 escrito</translation>
    </message>
    <message>
        <source>Export the sizing as a netlist</source>
        <translation>Exportar o dimensionamento como netlist</translation>
    </message>
    <message>
        <source>SPICE netlists (*.cir *.sp *.spice)</source>
        <translation>Netlists SPICE (*.cir *.sp *.spice)</translation>
    </message>
    <message>
        <source>Export the samples</source>
        <translation>Exportar as amostras</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the specification</source>
        <translation>Exportar a especificação</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Ficheiros JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 training designs; set the specification.</source>
        <translation>%1 projetos de treino; defina a especificação.</translation>
    </message>
    <message>
        <source>; left-out performances from design #%1</source>
        <translation>; desempenhos omitidos tirados do projeto #%1</translation>
    </message>
    <message>
        <source>%1 samples (%2 s), %3 verified, %4 meet the specification %7 (%5 keeping every sizing rule)%6</source>
        <translation>%1 amostras (%2 s), %3 verificadas, %4 cumprem a especificação %7 (%5 respeitando todas as regras de dimensionamento)%6</translation>
    </message>
    <message>
        <source>device</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <source>W mean</source>
        <translation>W média</translation>
    </message>
    <message>
        <source>W std</source>
        <translation>W desvio-padrão</translation>
    </message>
    <message>
        <source>L mean</source>
        <translation>L média</translation>
    </message>
    <message>
        <source>L std</source>
        <translation>L desvio-padrão</translation>
    </message>
    <message>
        <source>No samples to export yet.</source>
        <translation>Ainda não há amostras para exportar.</translation>
    </message>
    <message>
        <source>Robustness</source>
        <translation>Robustez</translation>
    </message>
    <message>
        <source>%1 of %2 samples selected: the histograms and the device spread show these only · &lt;a href=&quot;all&quot;&gt;show all&lt;/a&gt;</source>
        <translation>%1 de %2 amostras selecionadas: os histogramas e a dispersão dos dispositivos mostram só estas · &lt;a href=&quot;all&quot;&gt;mostrar todas&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 samples drawn by the model; refining and ranking them…</source>
        <translation>%1 amostras geradas pelo modelo; a refiná-las e a ordená-las…</translation>
    </message>
    <message>
        <source>; drawn for design #%1, the nearest training design that meets it</source>
        <translation>; amostrado para o projeto #%1, o projeto de treino mais próximo que a cumpre</translation>
    </message>
    <message>
        <source>No training design meets this specification: fewer samples may meet it. </source>
        <translation>Nenhum projeto de treino cumpre esta especificação: menos amostras poderão cumpri-la. </translation>
    </message>
</context>
<context>
    <name>inversize::ui::exploration::LossPlot</name>
    <message>
        <source>step</source>
        <translation>passo</translation>
    </message>
    <message>
        <source>loss (thin: training, thick: validation)</source>
        <translation>perda (fina: treino, grossa: validação)</translation>
    </message>
    <message>
        <source>performance surrogate</source>
        <translation>substituto de desempenho</translation>
    </message>
</context>
<context>
    <name>inversize::ui::exploration::RobustnessPanel</name>
    <message>
        <source>Monte Carlo runs per sizing: global variation and mismatch</source>
        <translation>Execuções de Monte Carlo por dimensionamento: variação global e descasamento</translation>
    </message>
    <message>
        <source>Estimate yield</source>
        <translation>Estimar rendimento</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export most robust…</source>
        <translation>Exportar o mais robusto…</translation>
    </message>
    <message>
        <source>Verify samples, then estimate their yield.</source>
        <translation>Verifique as amostras e depois estime o seu rendimento.</translation>
    </message>
    <message>
        <source>Monte Carlo runs</source>
        <translation>Execuções de Monte Carlo</translation>
    </message>
    <message>
        <source>Corners</source>
        <translation>Cantos</translation>
    </message>
    <message>
        <source>Export the most robust sizing</source>
        <translation>Exportar o dimensionamento mais robusto</translation>
    </message>
    <message>
        <source>SPICE netlists (*.cir *.sp *.spice)</source>
        <translation>Netlists SPICE (*.cir *.sp *.spice)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 escrito</translation>
    </message>
    <message>
        <source>The estimate failed: %1</source>
        <translation>A estimativa falhou: %1</translation>
    </message>
    <message>
        <source>An estimate is running.</source>
        <translation>Está em curso uma estimativa.</translation>
    </message>
    <message>
        <source>No samples to estimate yet.</source>
        <translation>Ainda não há amostras para estimar.</translation>
    </message>
    <message>
        <source>No verified sample yet: wait for the verification.</source>
        <translation>Ainda não há nenhuma amostra verificada: aguarde pela verificação.</translation>
    </message>
    <message>
        <source>Estimating the yield of %1 sizings: %2 Monte Carlo runs and %3 corners each…</source>
        <translation>A estimar o rendimento de %1 dimensionamentos: %2 execuções de Monte Carlo e %3 cantos cada um…</translation>
    </message>
    <message>
        <source>Cancelled: </source>
        <translation>Cancelado: </translation>
    </message>
    <message>
        <source>yield of %1 sizings; the most robust is sample %2 (%3).</source>
        <translation>rendimento de %1 dimensionamentos; o mais robusto é a amostra %2 (%3).</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>amostra</translation>
    </message>
    <message>
        <source>yield</source>
        <translation>rendimento</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>intervalo de 95 %</translation>
    </message>
    <message>
        <source>nominal</source>
        <translation>ponto nominal</translation>
    </message>
    <message>
        <source>corners</source>
        <translation>cantos</translation>
    </message>
    <message>
        <source>limiting</source>
        <translation>limitante</translation>
    </message>
    <message>
        <source> (most robust)</source>
        <translation> (mais robusto)</translation>
    </message>
    <message>
        <source>meets</source>
        <translation>cumpre</translation>
    </message>
    <message>
        <source>misses</source>
        <translation>não cumpre</translation>
    </message>
    <message>
        <source>all meet</source>
        <translation>todos cumprem</translation>
    </message>
    <message>
        <source>some miss</source>
        <translation>alguns não cumprem</translation>
    </message>
    <message>
        <source>corner</source>
        <translation>canto</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>the worst corner of %1</source>
        <translation>o pior canto para %1</translation>
    </message>
    <message>
        <source>default</source>
        <comment>corner set</comment>
        <translation>predefinidos</translation>
    </message>
    <message>
        <source>all</source>
        <comment>corner set</comment>
        <translation>todos</translation>
    </message>
    <message>
        <source>none</source>
        <comment>corner set</comment>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>%1: every process corner and the supply/temperature extremes; %2; %3; or a list PROCESS[/SUPPLY/TEMPERATURE], e.g. ss,ff/high/cold</source>
        <translation>%1: todos os cantos de processo e os extremos de alimentação e temperatura; %2; %3; ou uma lista PROCESSO[/ALIMENTAÇÃO/TEMPERATURA], p. ex. ss,ff/high/cold</translation>
    </message>
</context>
<context>
    <name>inversize::ui::exploration::SamplesTable</name>
    <message>
        <source>sizing rules</source>
        <translation>regras de dimensionamento</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>cumpridas</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>violadas</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>meets</source>
        <translation>cumpre</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
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
    <message>
        <source>Yield</source>
        <translation>Rendimento</translation>
    </message>
    <message>
        <source>Share of the Monte Carlo runs that meet the specification (Robustness tab); its 95 % (Wilson) interval on hover</source>
        <translation>Fração das execuções de Monte Carlo que cumprem a especificação (separador Robustez); o seu intervalo de 95 % (Wilson) ao passar o rato</translation>
    </message>
    <message>
        <source>%1 of %2 Monte Carlo runs meet; 95 % (Wilson) interval %3 – %4%5</source>
        <translation>%1 de %2 execuções de Monte Carlo cumprem; intervalo de 95 % (Wilson) %3 – %4%5</translation>
    </message>
    <message>
        <source> (cancelled: fewer runs than asked)</source>
        <translation> (cancelado: menos execuções do que as pedidas)</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origem</translation>
    </message>
    <message>
        <source>Where the sample comes from: drawn by the diffusion model, a training design near the specification (archive), or a sample of an earlier simulation round that missed, refined again (retry)</source>
        <translation>De onde vem a amostra: gerada pelo modelo de difusão, um projeto de treino perto da especificação (arquivo) ou uma amostra de uma ronda de simulação anterior que falhou, refinada de novo (nova tentativa)</translation>
    </message>
    <message>
        <source>retry of #%1</source>
        <translation>nova tentativa de #%1</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>gerada</translation>
    </message>
    <message>
        <source>Sample #%1 missed the specification when simulated; this is it refined again by the surrogate, corrected by what SPICE measured there</source>
        <translation>A amostra #%1 falhou a especificação na simulação; esta é ela refinada de novo pelo modelo substituto, corrigido pelo que o SPICE lá mediu</translation>
    </message>
    <message>
        <source>A training design near the specification, refined by the surrogate like a draw</source>
        <translation>Um projeto de treino perto da especificação, refinado pelo modelo substituto como uma amostra gerada</translation>
    </message>
    <message>
        <source>Drawn by the diffusion model</source>
        <translation>Gerada pelo modelo de difusão</translation>
    </message>
</context>
<context>
    <name>inversize::ui::exploration::ScatterView</name>
    <message>
        <source>Sizing space:</source>
        <translation>Espaço de dimensionamento:</translation>
    </message>
    <message>
        <source>Performance space:</source>
        <translation>Espaço de desempenhos:</translation>
    </message>
    <message>
        <source>nearest training designs</source>
        <translation>projetos de treino mais próximos</translation>
    </message>
    <message>
        <source>specification</source>
        <translation>especificação</translation>
    </message>
    <message>
        <source>meets the specification (%1)</source>
        <translation>cumpre a especificação (%1)</translation>
    </message>
    <message>
        <source>yield ≥ 99 %</source>
        <translation>rendimento ≥ 99 %</translation>
    </message>
    <message>
        <source>yield 90–99 %</source>
        <translation>rendimento 90–99 %</translation>
    </message>
    <message>
        <source>yield 50–90 %</source>
        <translation>rendimento 50–90 %</translation>
    </message>
    <message>
        <source>yield &lt; 50 %</source>
        <translation>rendimento &lt; 50 %</translation>
    </message>
    <message>
        <source>Colour by yield</source>
        <translation>Colorir por rendimento</translation>
    </message>
    <message>
        <source>Ring every sample whose yield was estimated (Robustness tab) in the colour of its yield</source>
        <translation>Marcar cada amostra cujo rendimento foi estimado (separador Robustez) com um anel da cor do seu rendimento</translation>
    </message>
    <message>
        <source>not verified</source>
        <comment>cloud legend</comment>
        <translation>não verificada</translation>
    </message>
    <message>
        <source>Drawn and ranked, not simulated yet: the performance cloud shows the surrogate&apos;s prediction</source>
        <translation>Amostrada e ordenada, ainda não simulada: a nuvem de desempenho mostra a previsão do modelo substituto</translation>
    </message>
    <message>
        <source>misses</source>
        <comment>cloud legend</comment>
        <translation>falha</translation>
    </message>
    <message>
        <source>Verified by SPICE: misses the specification</source>
        <translation>Verificada pelo SPICE: não cumpre a especificação</translation>
    </message>
    <message>
        <source>meets (tol.)</source>
        <comment>cloud legend</comment>
        <translation>cumpre (tol.)</translation>
    </message>
    <message>
        <source>meets</source>
        <comment>cloud legend</comment>
        <translation>cumpre</translation>
    </message>
    <message>
        <source>nearest training</source>
        <comment>cloud legend</comment>
        <translation>vizinhos de treino</translation>
    </message>
    <message>
        <source>The ring&apos;s colour: the sample&apos;s yield, estimated in the Robustness tab</source>
        <translation>A cor do anel: o rendimento da amostra, estimado no separador Robustez</translation>
    </message>
    <message>
        <source>target</source>
        <comment>cloud legend</comment>
        <translation>alvo</translation>
    </message>
</context>
<context>
    <name>inversize::ui::exploration::SpecPanel</name>
    <message>
        <source>Specification</source>
        <translation>Especificação</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Amostragem</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Amostras</translation>
    </message>
    <message>
        <source>Refine with the surrogate</source>
        <translation>Refinar com o modelo substituto</translation>
    </message>
    <message>
        <source>meet the specification</source>
        <translation>cumprir a especificação</translation>
    </message>
    <message>
        <source>match the values (±%1)</source>
        <translation>acertar os valores (±%1)</translation>
    </message>
    <message>
        <source>What the ranking and the refinement aim at. Meet: every performance on the right side of its value (with the tolerance, if any). Match: within %1 of every value on both sides, to reproduce a performance vector (e.g. one loaded from a design); no aiming at a training design then.</source>
        <translation>O alvo da ordenação e do refinamento. Cumprir: cada desempenho do lado certo do seu valor (com a tolerância, se houver). Acertar: a menos de %1 de cada valor, dos dois lados, para reproduzir um vetor de desempenhos (p. ex. o de um design carregado); sem apontar a um design de treino.</translation>
    </message>
    <message>
        <source>Surrogate aims to</source>
        <translation>O modelo substituto procura</translation>
    </message>
    <message>
        <source>Move every drawn sizing a little, by the model&apos;s surrogate, towards meeting the specification before the samples are ranked and simulated; the simulation still judges them.</source>
        <translation>Move cada dimensionamento amostrado um pouco, com o modelo substituto, na direção de cumprir a especificação antes de as amostras serem ordenadas e simuladas; a simulação continua a julgá-las.</translation>
    </message>
    <message>
        <source>Aim at a training design that meets it</source>
        <translation>Visar um projeto de treino que a cumpre</translation>
    </message>
    <message>
        <source>Condition the model on the nearest training design that meets the specification, where one does: a point of the Pareto front the model knows, rather than a relaxed specification off it. The samples are still judged by the specification.</source>
        <translation>Condiciona o modelo ao projeto de treino mais próximo que cumpre a especificação, se existir: um ponto da fronteira de Pareto que o modelo conhece, em vez de uma especificação relaxada fora dela. As amostras continuam a ser avaliadas pela especificação.</translation>
    </message>
    <message>
        <source>Candidates per sample</source>
        <translation>Candidatos por amostra</translation>
    </message>
    <message>
        <source>Draw this many sizings per sample and keep the samples that the model&apos;s surrogate finds likeliest to meet the specification, likeliest first (1: keep every sizing drawn)</source>
        <translation>Sorteia este número de dimensionamentos por amostra e mantém as amostras que o modelo substituto considera mais prováveis de cumprir a especificação, as mais prováveis primeiro (1: manter todos os dimensionamentos sorteados)</translation>
    </message>
    <message>
        <source>Guidance weight</source>
        <translation>Peso de orientação</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <source>From design</source>
        <translation>Do projeto</translation>
    </message>
    <message>
        <source>Use the simulated performances of this dataset design as the specification</source>
        <translation>Usar os desempenhos simulados deste projeto do conjunto de dados como especificação</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Outside the training data (%1 … %2): the model extrapolates</source>
        <translation>Fora dos dados de treino (%1 … %2): o modelo extrapola</translation>
    </message>
    <message>
        <source>none: met strictly (e.g. gain_db=0.5 pm_deg=1 gbw_hz=2%)</source>
        <translation>nenhuma: cumprido estritamente (p. ex. gain_db=0.5 pm_deg=1 gbw_hz=2%)</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerância</translation>
    </message>
    <message>
        <source> — ignored: values are met strictly</source>
        <translation> — ignorada: os valores são cumpridos estritamente</translation>
    </message>
    <message>
        <source>%1 (%2): %3 — uncheck to leave it out: it is then filled from the nearest training design</source>
        <translation>%1 (%2): %3 — desmarque para a omitir: é então preenchida a partir do projeto de treino mais próximo</translation>
    </message>
    <message>
        <source>Drag with Shift held for a %1× finer setting</source>
        <translation>Arraste com Shift pressionado para um ajuste %1× mais fino</translation>
    </message>
    <message>
        <source>tolerance &apos;%1&apos;: not a value in %2</source>
        <translation>tolerância &apos;%1&apos;: não é um valor em %2</translation>
    </message>
    <message>
        <source>How far on the bad side of a value a simulated sizing may lie and still meet it: in the performance&apos;s own unit (gain_db=0.5 dB, pm_deg=1°, power_w=10 µW) or, for linear quantities, in percent (gbw_hz=2%). Empty: a value is met when the simulation is on its right side.</source>
        <translation>Quanto um dimensionamento simulado pode ficar do lado mau de um valor e ainda o cumprir: na unidade do desempenho (gain_db=0.5 dB, pm_deg=1°, power_w=10 µW) ou, para grandezas lineares, em percentagem (gbw_hz=2%). Vazio: um valor é cumprido quando a simulação fica do seu lado certo.</translation>
    </message>
    <message>
        <source>Simulate the samples in this many rounds: after each, the surrogate is corrected by what ngspice measured, the samples not simulated yet are chosen again, and a sizing that missed is tried again nearby. 1: all at once.</source>
        <translation>Simular as amostras em tantas rondas: depois de cada uma, o modelo substituto é corrigido pelo que o ngspice mediu, as amostras ainda não simuladas são escolhidas de novo, e um dimensionamento que falhou é tentado de novo ali perto. 1: todas de uma vez.</translation>
    </message>
    <message>
        <source>Simulation rounds</source>
        <translation>Rondas de simulação</translation>
    </message>
</context>
<context>
    <name>inversize::ui::help::UserGuide</name>
    <message>
        <source>InverSize user guide</source>
        <translation>Guia do utilizador do InverSize</translation>
    </message>
    <message>
        <source>InverSize sizes a CMOS opamp backwards: you state the performances, it draws many transistor sizings that meet them, each verified with ngspice. Four steps take you from a netlist to a sized one.</source>
        <translation>O InverSize dimensiona um amp. op. CMOS ao contrário: indica os desempenhos, e ele gera muitos dimensionamentos de transístores que os cumprem, cada um verificado com o ngspice. Quatro passos levam de uma netlist a uma netlist dimensionada.</translation>
    </message>
    <message>
        <source>1. Open your opamp</source>
        <translation>1. Abrir o seu amp. op.</translation>
    </message>
    <message>
        <source>&lt;b&gt;File → New from netlist&lt;/b&gt; reads your opamp (a SPICE &lt;tt&gt;.subckt&lt;/tt&gt; or a whole deck) with your technology; the start page and &lt;b&gt;File → Open example&lt;/b&gt; offer the shipped examples, trained projects first. The &lt;b&gt;Schematic&lt;/b&gt; tab draws the circuit with its structural blocks (shaded, named as in the paper: &lt;tt&gt;DP_t&lt;/tt&gt;, &lt;tt&gt;CM_l&lt;/tt&gt;, …) and colours every device by its function: bias, load, transconductance. Click a block to see its devices, sizes and operating points; the nominal simulation (F5) fills the performances.</source>
        <translation>&lt;b&gt;Ficheiro → Novo a partir de netlist&lt;/b&gt; lê o seu amp. op. (um &lt;tt&gt;.subckt&lt;/tt&gt; SPICE ou um deck completo) com a sua tecnologia; a página inicial e &lt;b&gt;Ficheiro → Abrir exemplo&lt;/b&gt; oferecem os exemplos incluídos, primeiro os projetos treinados. O separador &lt;b&gt;Esquema&lt;/b&gt; desenha o circuito com os seus blocos estruturais (sombreados, com os nomes do artigo: &lt;tt&gt;DP_t&lt;/tt&gt;, &lt;tt&gt;CM_l&lt;/tt&gt;, …) e colore cada dispositivo pela sua função: polarização, carga, transcondutância. Clique num bloco para ver os seus dispositivos, dimensões e pontos de funcionamento; a simulação nominal (F5) preenche os desempenhos.</translation>
    </message>
    <message>
        <source>2. Generate data and train</source>
        <translation>2. Gerar dados e treinar</translation>
    </message>
    <message>
        <source>3. Explore sizings</source>
        <translation>3. Explorar dimensionamentos</translation>
    </message>
    <message>
        <source>4. Export</source>
        <translation>4. Exportar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Project → Generate training data&lt;/b&gt; simulates designs spread over the design space (NSGA-II keeps a Pareto archive) and stores them in the project file. &lt;b&gt;Project → Train sizing models&lt;/b&gt; then trains one diffusion model per block, each with its surrogate; the &lt;b&gt;Training&lt;/b&gt; tab shows its loss curves per block and its progress. Both run in the background and can be cancelled without losing what is stored.</source>
        <translation>&lt;b&gt;Projeto → Gerar dados de treino&lt;/b&gt; simula projetos espalhados pelo espaço de projeto (o NSGA-II mantém um arquivo de Pareto) e guarda-os no ficheiro do projeto. &lt;b&gt;Projeto → Treinar modelos de dimensionamento&lt;/b&gt; treina depois um modelo de difusão por bloco, cada um com o seu modelo substituto; o separador &lt;b&gt;Treino&lt;/b&gt; mostra as curvas de perda por bloco e o progresso. Ambos correm em segundo plano e podem ser cancelados sem perder o que está guardado.</translation>
    </message>
    <message>
        <source>In the &lt;b&gt;Exploration&lt;/b&gt; tab, tick the performances you ask for and set their values with the sliders or spin boxes; the shaded band shows what the training data covers. Each change draws new sizings, refines them with the surrogate and shows them at once in sizing and performance space; their ngspice verification streams in. The table sorts them; selecting samples in a cloud or the table links the views and restricts the histograms and the device spread to them.</source>
        <translation>No separador &lt;b&gt;Exploração&lt;/b&gt;, marque os desempenhos que pede e defina os seus valores com os cursores ou as caixas numéricas; a faixa sombreada mostra o que os dados de treino cobrem. Cada alteração gera novos dimensionamentos, refina-os com o modelo substituto e mostra-os de imediato no espaço de dimensionamento e no de desempenho; a sua verificação com o ngspice vai chegando. A tabela ordena-os; selecionar amostras numa nuvem ou na tabela liga as vistas e restringe-lhes os histogramas e a dispersão dos dispositivos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Export netlist…&lt;/b&gt; writes your own netlist file with the chosen sizing&apos;s sizes and a header that says what was exported: the specification, the verified performances, the date and the version. The samples export as CSV, the specification as JSON. The same steps run in batch with &lt;tt&gt;inversize-cli new&lt;/tt&gt;, &lt;tt&gt;generate&lt;/tt&gt;, &lt;tt&gt;train&lt;/tt&gt; and &lt;tt&gt;sample --verify --export&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;Exportar netlist…&lt;/b&gt; escreve o seu próprio ficheiro de netlist com as dimensões do dimensionamento escolhido e um cabeçalho que diz o que foi exportado: a especificação, os desempenhos verificados, a data e a versão. As amostras exportam-se como CSV, a especificação como JSON. Os mesmos passos correm em lote com &lt;tt&gt;inversize-cli new&lt;/tt&gt;, &lt;tt&gt;generate&lt;/tt&gt;, &lt;tt&gt;train&lt;/tt&gt; e &lt;tt&gt;sample --verify --export&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>Values are shown and typed in engineering notation: &lt;tt&gt;710 mV&lt;/tt&gt;, &lt;tt&gt;26.31 MHz&lt;/tt&gt;, or short &lt;tt&gt;710m&lt;/tt&gt;, &lt;tt&gt;5p&lt;/tt&gt;, &lt;tt&gt;1.2meg&lt;/tt&gt;; a bare number takes the performance&apos;s unit. After a yield study in the &lt;b&gt;Robustness&lt;/b&gt; tab the table has a &lt;b&gt;Yield&lt;/b&gt; column to sort by, and the clouds colour the samples by their yield.</source>
        <translation>Os valores são mostrados e escritos em notação de engenharia: &lt;tt&gt;710 mV&lt;/tt&gt;, &lt;tt&gt;26.31 MHz&lt;/tt&gt;, ou abreviados &lt;tt&gt;710m&lt;/tt&gt;, &lt;tt&gt;5p&lt;/tt&gt;, &lt;tt&gt;1.2meg&lt;/tt&gt;; um número sem unidade toma a unidade do desempenho. Depois de um estudo de rendimento no separador &lt;b&gt;Robustez&lt;/b&gt;, a tabela tem uma coluna &lt;b&gt;Rendimento&lt;/b&gt; pela qual ordenar, e as nuvens colorem as amostras pelo seu rendimento.</translation>
    </message>
    <message>
        <source>The simulations run in two rounds: once the first half is verified, the surrogate is corrected by what ngspice measured, the other half is chosen again, and a sizing that missed is tried again nearby. The table&apos;s &lt;b&gt;origin&lt;/b&gt; column says which: drawn by the model, a training design (archive), or a retry.</source>
        <translation>As simulações correm em duas rondas: assim que a primeira metade está verificada, o modelo substituto é corrigido pelo que o ngspice mediu, a outra metade é escolhida de novo, e um dimensionamento que falhou é tentado de novo ali perto. A coluna &lt;b&gt;origem&lt;/b&gt; da tabela diz qual é qual: gerada pelo modelo, um projeto de treino (arquivo) ou uma nova tentativa.</translation>
    </message>
    <message>
        <source>The model draws for the nearest training design that meets your specification, and the status line names it. When no training design meets it, the status line says so first: the specification lies beyond what the model was trained on, and fewer samples will meet it; relax a bound, or generate more training data there.</source>
        <translation>O modelo amostra para o projeto de treino mais próximo que cumpre a sua especificação, e a linha de estado indica-o. Quando nenhum projeto de treino a cumpre, a linha de estado di-lo primeiro: a especificação está além daquilo em que o modelo foi treinado, e menos amostras a cumprirão; relaxe um limite ou gere mais dados de treino nessa região.</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::AboutDialog</name>
    <message>
        <source>&lt;h2&gt;InverSize %1&lt;/h2&gt;&lt;p&gt;Inverse sizing of CMOS operational amplifiers with diffusion models and structural knowledge.&lt;/p&gt;&lt;p&gt;Copyright © the InverSize developers. InverSize is free software under the &lt;b&gt;GNU General Public License, version 3 or later&lt;/b&gt; (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;It is built on:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL-3.0 / GPL)&lt;/li&gt;&lt;li&gt;QCustomPlot (GPL-3.0)&lt;/li&gt;&lt;li&gt;LibTorch (BSD-3-Clause)&lt;/li&gt;&lt;li&gt;ngspice (BSD-3-Clause and others)&lt;/li&gt;&lt;li&gt;Boost (Boost Software License 1.0)&lt;/li&gt;&lt;li&gt;pagmo (GPL-3.0 / LGPL-3.0)&lt;/li&gt;&lt;li&gt;SQLite (public domain), nlohmann/json (MIT), CLI11 (BSD-3-Clause)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The method: Azevedo, Leibl, Graeb, Martins, &lt;i&gt;Inverse Sizing and Exploration Based on Diffusion Models and Structural Knowledge&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;InverSize %1&lt;/h2&gt;&lt;p&gt;Dimensionamento inverso de amplificadores operacionais CMOS com modelos de difusão e conhecimento estrutural.&lt;/p&gt;&lt;p&gt;Copyright © os programadores do InverSize. O InverSize é software livre sob a &lt;b&gt;GNU General Public License, versão 3 ou posterior&lt;/b&gt; (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Assenta em:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL-3.0 / GPL)&lt;/li&gt;&lt;li&gt;QCustomPlot (GPL-3.0)&lt;/li&gt;&lt;li&gt;LibTorch (BSD-3-Clause)&lt;/li&gt;&lt;li&gt;ngspice (BSD-3-Clause e outras)&lt;/li&gt;&lt;li&gt;Boost (Boost Software License 1.0)&lt;/li&gt;&lt;li&gt;pagmo (GPL-3.0 / LGPL-3.0)&lt;/li&gt;&lt;li&gt;SQLite (domínio público), nlohmann/json (MIT), CLI11 (BSD-3-Clause)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;O método: Azevedo, Leibl, Graeb, Martins, &lt;i&gt;Inverse Sizing and Exploration Based on Diffusion Models and Structural Knowledge&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About InverSize</source>
        <translation>Acerca do InverSize</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::BlockPanel</name>
    <message>
        <source>Click a block in the schematic or the circuit tree.</source>
        <translation>Clique num bloco do esquema ou da árvore do circuito.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variável</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>%1, I_D = %2, g_m = %3</source>
        <translation>%1, I_D = %2, g_m = %3</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
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
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Blocks (%1)</source>
        <translation>Blocos (%1)</translation>
    </message>
    <message>
        <source>Devices (%1)</source>
        <translation>Dispositivos (%1)</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::MainWindow</name>
    <message>
        <source>Schematic</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Exploration</source>
        <translation>Exploração</translation>
    </message>
    <message>
        <source>Sample %1 on the schematic.</source>
        <translation>Amostra %1 no esquema.</translation>
    </message>
    <message>
        <source> — ETA %1 s</source>
        <translation> — tempo restante %1 s</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Concluído: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelado: %1</translation>
    </message>
    <message>
        <source>Failed: %1 %2</source>
        <translation>Falhou: %1 %2</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Circuito</translation>
    </message>
    <message>
        <source>Block variables</source>
        <translation>Variáveis do bloco</translation>
    </message>
    <message>
        <source>Performances</source>
        <translation>Desempenhos</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registo</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Treino</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;New from netlist…</source>
        <translation>&amp;Novo a partir de netlist…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>&amp;Save as project…</source>
        <translation>&amp;Guardar como projeto…</translation>
    </message>
    <message>
        <source>Export schematic as &amp;SVG…</source>
        <translation>Exportar esquema como &amp;SVG…</translation>
    </message>
    <message>
        <source>Export schematic as &amp;PNG…</source>
        <translation>Exportar esquema como &amp;PNG…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Show structural &amp;blocks</source>
        <translation>Mostrar &amp;blocos estruturais</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Show device &amp;functions</source>
        <translation>Mostrar &amp;funções dos dispositivos</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Ajustar à janela</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reduzir</translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation>&amp;Simular</translation>
    </message>
    <message>
        <source>&amp;Simulate nominal design</source>
        <translation>&amp;Simular o projeto nominal</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projeto</translation>
    </message>
    <message>
        <source>&amp;Generate training data…</source>
        <translation>&amp;Gerar dados de treino…</translation>
    </message>
    <message>
        <source>&amp;Train sizing models…</source>
        <translation>&amp;Treinar modelos de dimensionamento…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language can change when no job runs. Wait for &quot;%1&quot; or cancel it.</source>
        <translation>O idioma pode mudar quando nenhuma tarefa está a correr. Aguarde por &quot;%1&quot; ou cancele-a.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About InverSize</source>
        <translation>&amp;Acerca do InverSize</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erro: %1</translation>
    </message>
    <message>
        <source>%1

The circuit open before is still open.</source>
        <translation>%1

O circuito aberto antes continua aberto.</translation>
    </message>
    <message>
        <source>Cannot read the netlist</source>
        <translation>Não é possível ler a netlist</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Não é possível abrir o projeto</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Não é possível abrir</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Opened %1: %2 devices, %3 blocks.</source>
        <translation>%1 aberto: %2 dispositivos, %3 blocos.</translation>
    </message>
    <message>
        <source>Exploration: %1</source>
        <translation>Exploração: %1</translation>
    </message>
    <message>
        <source>Generating training data for %1…</source>
        <translation>A gerar dados de treino para %1…</translation>
    </message>
    <message>
        <source>%1 designs simulated (%2 feasible), %3 in the training archive.</source>
        <translation>%1 projetos simulados (%2 viáveis), %3 no arquivo de treino.</translation>
    </message>
    <message>
        <source>Training the %1 model of %2…</source>
        <translation>A treinar o modelo %1 de %2…</translation>
    </message>
    <message>
        <source>Model %1 trained on %2 designs in %3 s.</source>
        <translation>Modelo %1 treinado com %2 projetos em %3 s.</translation>
    </message>
    <message>
        <source>Simulating %1…</source>
        <translation>A simular %1…</translation>
    </message>
    <message>
        <source>The design failed: %1</source>
        <translation>O projeto falhou: %1</translation>
    </message>
    <message>
        <source>Sizing rule: %1</source>
        <translation>Regra de dimensionamento: %1</translation>
    </message>
    <message>
        <source>New from netlist</source>
        <translation>Novo a partir de netlist</translation>
    </message>
    <message>
        <source>SPICE netlists (*.cir *.sp *.spi *.spice *.net *.ckt);;All files (*)</source>
        <translation>Netlists SPICE (*.cir *.sp *.spi *.spice *.net *.ckt);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>InverSize projects and netlists (*.isz *.cir *.sp *.spi *.spice *.net *.ckt);;All files (*)</source>
        <translation>Projetos InverSize e netlists (*.isz *.cir *.sp *.spi *.spice *.net *.ckt);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Save as project</source>
        <translation>Guardar como projeto</translation>
    </message>
    <message>
        <source>InverSize projects (*.isz)</source>
        <translation>Projetos InverSize (*.isz)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Não é possível guardar</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 não pode ser substituído.</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Desenhos SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Export schematic</source>
        <translation>Exportar esquema</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportado.</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Não é possível exportar</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 não pode ser escrito.</translation>
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
        <translation>%1: %2 dispositivos, %3 nós, %4 blocos, %5 pares simétricos — tecnologia %6</translation>
    </message>
    <message>
        <source>No circuit open</source>
        <translation>Nenhum circuito aberto</translation>
    </message>
    <message>
        <source>A job is running</source>
        <translation>Uma tarefa está em execução</translation>
    </message>
    <message>
        <source>%1
Cancel it and close? What it finished is saved.</source>
        <translation>%1
Cancelar e fechar? O que já foi concluído fica guardado.</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guia do utilizador</translation>
    </message>
    <message>
        <source>Open &amp;example</source>
        <translation>Abrir &amp;exemplo</translation>
    </message>
    <message>
        <source>&amp;Schematic</source>
        <translation>E&amp;squema</translation>
    </message>
    <message>
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <source>&amp;Exploration</source>
        <translation>&amp;Exploração</translation>
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
        <translation>Atalhos de &amp;teclado</translation>
    </message>
    <message>
        <source>Ctrl+F1</source>
        <translation>Ctrl+F1</translation>
    </message>
    <message>
        <source>&amp;What&apos;s this?</source>
        <translation>&amp;O que é isto?</translation>
    </message>
    <message>
        <source>Click a control of the exploration view to read what it does</source>
        <translation>Clique num elemento da vista de exploração para ler o que faz</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemplos</translation>
    </message>
    <message>
        <source>Open a shipped project (trained ones explore at once) or a built-in circuit</source>
        <translation>Abrir um projeto incluído (os treinados exploram-se de imediato) ou um circuito incorporado</translation>
    </message>
    <message>
        <source>Exploration needs a project with a trained model (File → Open example lists trained ones).</source>
        <translation>A exploração precisa de um projeto com um modelo treinado (Ficheiro → Abrir exemplo lista os treinados).</translation>
    </message>
    <message>
        <source>Exploration needs a trained model: save the circuit as a project (File → Save as project…), then Project → Generate training data… and Project → Train sizing models…</source>
        <translation>A exploração precisa de um modelo treinado: guarde o circuito como projeto (Ficheiro → Guardar como projeto…), depois Projeto → Gerar dados de treino… e Projeto → Treinar modelos de dimensionamento…</translation>
    </message>
    <message>
        <source>no training data and no trained model yet: generate training data first (Project → Generate training data…, Ctrl+G), then train (Project → Train sizing models…, Ctrl+T).</source>
        <translation>ainda sem dados de treino nem modelo treinado: gere primeiro dados de treino (Projeto → Gerar dados de treino…, Ctrl+G) e depois treine (Projeto → Treinar modelos de dimensionamento…, Ctrl+T).</translation>
    </message>
    <message>
        <source>no trained model yet (%1 training designs): train one with Project → Train sizing models… (Ctrl+T).</source>
        <translation>ainda sem modelo treinado (%1 projetos de treino): treine um com Projeto → Treinar modelos de dimensionamento… (Ctrl+T).</translation>
    </message>
    <message>
        <source>a job is running (%1): wait for it or cancel it (Esc)</source>
        <translation>uma tarefa está em execução (%1): aguarde por ela ou cancele-a (Esc)</translation>
    </message>
    <message>
        <source>open a circuit or a project first (File → Open example)</source>
        <translation>abra primeiro um circuito ou um projeto (Ficheiro → Abrir exemplo)</translation>
    </message>
    <message>
        <source>%1 is a circuit, not a project: save it as a project first (File → Save as project…)</source>
        <translation>%1 é um circuito, não um projeto: guarde-o primeiro como projeto (Ficheiro → Guardar como projeto…)</translation>
    </message>
    <message>
        <source>%1 — off: %2</source>
        <translation>%1 — indisponível: %2</translation>
    </message>
    <message>
        <source>Simulate designs of the design space for the training archive</source>
        <translation>Simular projetos do espaço de projeto para o arquivo de treino</translation>
    </message>
    <message>
        <source>Train one sizing model per block on the training archive</source>
        <translation>Treinar um modelo de dimensionamento por bloco com o arquivo de treino</translation>
    </message>
    <message>
        <source>Simulate the open circuit at its nominal sizes</source>
        <translation>Simular o circuito aberto com as suas dimensões nominais</translation>
    </message>
    <message>
        <source>open a circuit first</source>
        <translation>abra primeiro um circuito</translation>
    </message>
    <message>
        <source>Save the open circuit as a project, to generate data and train models</source>
        <translation>Guardar o circuito aberto como projeto, para gerar dados e treinar modelos</translation>
    </message>
    <message>
        <source>Cancel the running job; what it finished is kept</source>
        <translation>Cancelar a tarefa em execução; o que já concluiu é mantido</translation>
    </message>
    <message>
        <source>no job is running</source>
        <translation>nenhuma tarefa está em execução</translation>
    </message>
    <message>
        <source>The exploration view</source>
        <translation>A vista de exploração</translation>
    </message>
    <message>
        <source>%1 designs kept (%2 in the training archive).</source>
        <translation>%1 projetos mantidos (%2 no arquivo de treino).</translation>
    </message>
    <message>
        <source>Not saved as a project: the Project menu (data generation, training) needs one — File → Save as project…</source>
        <translation>Não guardado como projeto: o menu Projeto (geração de dados, treino) precisa de um — Ficheiro → Guardar como projeto…</translation>
    </message>
    <message>
        <source>Saved %1. Next: Project → Generate training data… (Ctrl+G), then Project → Train sizing models… (Ctrl+T).</source>
        <translation>%1 guardado. A seguir: Projeto → Gerar dados de treino… (Ctrl+G), depois Projeto → Treinar modelos de dimensionamento… (Ctrl+T).</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Fechado.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Close the circuit or project and show the start page</source>
        <translation>Fechar o circuito ou projeto e mostrar a página inicial</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Treino</translation>
    </message>
    <message>
        <source>Alt+3</source>
        <translation>Alt+3</translation>
    </message>
    <message>
        <source>The training view: loss curves and progress</source>
        <translation>A vista de treino: curvas de perda e progresso</translation>
    </message>
    <message>
        <source>open a project first</source>
        <translation>abra primeiro um projeto</translation>
    </message>
    <message>
        <source>no circuit is open</source>
        <translation>nenhum circuito aberto</translation>
    </message>
    <message>
        <source>The schematic view</source>
        <translation>A vista do esquema</translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation>Mostrar ou ocultar o painel «%1»</translation>
    </message>
    <message>
        <source>The files opened before, newest first</source>
        <translation>Os ficheiros abertos antes, o mais recente primeiro</translation>
    </message>
    <message>
        <source>no file has been opened yet</source>
        <translation>ainda não foi aberto nenhum ficheiro</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::NewProjectDialog</name>
    <message>
        <source>New from netlist</source>
        <translation>Novo a partir de netlist</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 devices on %3 nets were recognised.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Foram reconhecidos %2 dispositivos em %3 nós.</translation>
    </message>
    <message>
        <source>Technology:</source>
        <translation>Tecnologia:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Avisos: %1</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Tecnologia</translation>
    </message>
    <message>
        <source>Technology files (*.json)</source>
        <translation>Ficheiros de tecnologia (*.json)</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Ficheiro…</translation>
    </message>
    <message>
        <source>e.g. vcn=1.2 vcp=0.8</source>
        <translation>p. ex. vcn=1.2 vcp=0.8</translation>
    </message>
    <message>
        <source>Gate nets held at a voltage above vss (cascode gates the netlist drives with nothing), NET=V</source>
        <translation>Nós de porta mantidos a uma tensão acima de vss (portas de cascode que a netlist não alimenta), NÓ=V</translation>
    </message>
    <message>
        <source>Bias voltages:</source>
        <translation>Tensões de polarização:</translation>
    </message>
    <message>
        <source>Cannot open the netlist with these choices: %1</source>
        <translation>Não é possível abrir a netlist com estas escolhas: %1</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::PerformancePanel</name>
    <message>
        <source>Performance</source>
        <translation>Desempenho</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Not simulated yet (Simulate, F5).</source>
        <translation>Ainda não simulado (Simular, F5).</translation>
    </message>
    <message>
        <source>The simulation failed: %1</source>
        <translation>A simulação falhou: %1</translation>
    </message>
    <message>
        <source>Simulated in %1 s; all sizing rules met.</source>
        <translation>Simulado em %1 s; todas as regras de dimensionamento cumpridas.</translation>
    </message>
    <message>
        <source>Simulated in %1 s; %2 sizing rule violations.</source>
        <translation>Simulado em %1 s; %2 violações das regras de dimensionamento.</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Menu entry</source>
        <translation>Entrada de menu</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
    <message>
        <source>Shift+F1 and a click on a control of the exploration view tells what it does.</source>
        <translation>Shift+F1 e um clique num elemento da vista de exploração dizem o que ele faz.</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::StartPage</name>
    <message>
        <source>InverSize sizes CMOS opamps backwards: it splits the opamp into structural blocks whose transistors have functions (bias, load, transconductance), trains one conditional diffusion model per block on simulated designs, and draws many sizings for the performances you ask for, each verified with ngspice.</source>
        <translation>O InverSize dimensiona amplificadores operacionais CMOS ao contrário: divide o amplificador em blocos estruturais cujos transístores têm funções (polarização, carga, transcondutância), treina um modelo de difusão condicional por bloco com projetos simulados e gera muitos dimensionamentos para os desempenhos pedidos, cada um verificado com o ngspice.</translation>
    </message>
    <message>
        <source>&amp;New from netlist…</source>
        <translation>&amp;Novo a partir de netlist…</translation>
    </message>
    <message>
        <source>Read your opamp (a SPICE .subckt or a whole deck) with your technology and make it a project</source>
        <translation>Ler o seu amplificador (um .subckt SPICE ou um deck completo) com a sua tecnologia e torná-lo um projeto</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open an InverSize project (.isz) or a netlist</source>
        <translation>Abrir um projeto InverSize (.isz) ou uma netlist</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recentes</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemplos</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — not found</source>
        <translation>%1 — não encontrado</translation>
    </message>
    <message>
        <source>No recent files yet: open an example or your own netlist.</source>
        <translation>Ainda sem ficheiros recentes: abra um exemplo ou a sua própria netlist.</translation>
    </message>
</context>
<context>
    <name>inversize::ui::mainwindow::TrainingView</name>
    <message>
        <source>No training in this session: Project → Train sizing models… (Ctrl+T) trains one conditional diffusion model per block; its loss curves show here.</source>
        <translation>Nenhum treino nesta sessão: Projeto → Treinar modelos de dimensionamento… (Ctrl+T) treina um modelo de difusão condicional por bloco; as suas curvas de perda aparecem aqui.</translation>
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
        <translation>Valor: %1</translation>
    </message>
    <message>
        <source>Blocks: %1</source>
        <translation>Blocos: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Operating point</source>
        <translation>Ponto de funcionamento</translation>
    </message>
    <message>
        <source>Function: %1 (%2)</source>
        <translation>Função: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>inversize::ui::schematic::SchematicView</name>
    <message>
        <source>Schematic drawn by InverSize</source>
        <translation>Esquema desenhado pelo InverSize</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inverse sizing of CMOS opamps</source>
        <translation>Dimensionamento inverso de amp. op. CMOS</translation>
    </message>
    <message>
        <source>A netlist, builtin:NAME or an .isz project to open.</source>
        <translation>Netlist, builtin:NAME ou projeto .isz a abrir.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Guardar uma imagem da janela em FICHEIRO e sair.</translation>
    </message>
    <message>
        <source>Open the exploration view with this specification (KEY=VALUE, repeatable) and sample at once.</source>
        <translation>Abrir a vista de exploração com esta especificação (KEY=VALUE, repetível) e amostrar de imediato.</translation>
    </message>
    <message>
        <source>--spec: the open document has no trained model</source>
        <translation>--spec: o documento aberto não tem nenhum modelo treinado</translation>
    </message>
</context>
</TS>
