package kz.oralman.examples; final class Placeholder { private Placeholder() {} }
