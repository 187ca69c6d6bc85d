global using Newtonsoft.Json.Linq;
global using Xunit;
