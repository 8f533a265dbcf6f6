package main

import (
	"flag"
	"fmt"
	"strings"
)

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	var out strings.Builder
	fs.SetOutput(&out)
	level := fs.Int("level", 1, "level")
	var tags listFlag
	fs.Var(&tags, "tag", "tags (repeatable)")
	err := fs.Parse([]string{"-level", "3", "-tag", "a", "--tag=b", "rest", "-level", "9"})
	fmt.Println(err, *level, tags, fs.Args())
	err = fs.Parse([]string{"-nope"})
	fmt.Println(err)
	fmt.Print(out.String())
	out.Reset()
	err = fs.Parse([]string{"-level=x"})
	fmt.Println(err)
	err = fs.Parse([]string{"-h"})
	fmt.Println(err, err == flag.ErrHelp)
	fmt.Print(out.String())
	b := fs.Bool("b", false, "a bool")
	fs.Parse([]string{"-b=false", "--", "-level=2"})
	fmt.Println(*b, fs.Args(), *level)
}
