package main

// F does things.
//
// Old Heading
//
// Text.
//   indented right after text
// after.
//
//  - item one
//  - item two
//
//	tab code
//
//	   
// end  
func F() {}

//Foo is.
//  - a
var Foo = 1

//	just code
type X int

// a [link] and https://go.dev.
//
// [link]: https://example.com
func L() {}

/*
	Block
	  comment
*/
func B() {}
// F does things:
// - one
// - two
//
//     code here
//   more code
//Unspaced.
// 1. first
// 2. second
func F2() {}

//go:noinline
func G2() {}

/*
Block doc.
*/
func H2() {}

// Title
//
// # Heading
// Text with http://example.com link.
type T2 int
