global using static TorchSharp.torch;
global using Repro.StageHost;
