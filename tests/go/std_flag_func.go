// flag.Func and flag.BoolFunc: a function called with each value (repeatable flags, a
// boolean flag with and without =value), how PrintDefaults lists them, and an error from
// the function reported by Parse.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
)

func main() {
	var tags []string
	verbose := 0
	flag.Func("tag", "add a `label` (repeatable)", func(s string) error {
		if s == "" {
			return errors.New("empty tag")
		}
		tags = append(tags, strings.ToUpper(s))
		return nil
	})
	flag.BoolFunc("v", "more output", func(s string) error {
		verbose++
		fmt.Println("v got", s)
		return nil
	})
	n := flag.Int("n", 3, "count")
	flag.CommandLine.SetOutput(os.Stdout)
	flag.PrintDefaults()
	err := flag.CommandLine.Parse([]string{"-tag", "a", "-v", "-tag=b", "-v=false", "-n", "5", "rest"})
	fmt.Println(err, tags, verbose, *n, flag.Args())
	fs := flag.NewFlagSet("sub", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.Func("tag", "a tag", func(s string) error { return errors.New("bad " + s) })
	fmt.Println(fs.Parse([]string{"-tag", "x"}))
}
