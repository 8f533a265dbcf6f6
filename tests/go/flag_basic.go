// args: -n 5 -name=gopher -v extra1 extra2
package main

import (
	"flag"
	"fmt"
	"time"
)

func main() {
	n := flag.Int("n", 1, "number of items")
	name := flag.String("name", "world", "who to greet")
	verbose := flag.Bool("v", false, "verbose")
	d := flag.Duration("d", 2*time.Second, "delay")
	var ratio float64
	flag.Float64Var(&ratio, "ratio", 0.5, "ratio")
	flag.Parse()
	fmt.Println(*n, *name, *verbose, *d, ratio)
	fmt.Println(flag.NArg(), flag.Args(), flag.Arg(0), flag.Arg(5) == "", flag.NFlag())
	f := flag.Lookup("name")
	fmt.Println(f.Name, f.Value, f.DefValue, f.Usage)
	flag.Visit(func(f *flag.Flag) { fmt.Print(f.Name, " ") })
	fmt.Println()
	flag.VisitAll(func(f *flag.Flag) { fmt.Print(f.Name, " ") })
	fmt.Println()
}
