global using static TorchSharp.torch;
global using Repro.Contract;
global using Repro.StageHost;
