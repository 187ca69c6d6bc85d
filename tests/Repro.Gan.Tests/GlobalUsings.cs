global using Repro.Contract;
global using Repro.StageHost;
global using TorchSharp;
global using Xunit;
global using static TorchSharp.torch;
